package app.communityops.screening.ui;

import app.communityops.approval.ApprovalNavigation;
import app.communityops.screening.RedLineProposalDetails;
import app.communityops.screening.RedLineService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The red line changes not applied yet: waiting for approval, or sent back with the approver's comment. Each shows
 * the line as it reads now (struck out) and as it will read (highlighted), the way to its approval request, and for
 * staff a way to take it back.
 */
class RedLineProposalsList extends Div {

    RedLineProposalsList(RedLineService redLines, List<RedLineProposalDetails> proposals, boolean editable,
                         ZoneId zone, Runnable refresh) {
        setId("red-line-proposals");
        setWidthFull();
        if (proposals.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H4(getTranslation("screening.redLines.proposals.title")));
        proposals.forEach(proposal -> add(row(redLines, proposal, editable, zone, refresh)));
    }

    private Div row(RedLineService redLines, RedLineProposalDetails proposal, boolean editable, ZoneId zone,
                    Runnable refresh) {
        Span what = new Span(getTranslation("screening.redLines.proposals.action." + proposal.action()));
        what.getStyle().set("font-weight", "600");
        Span status = new Span(getTranslation("screening.redLines.proposals.status." + proposal.status()));
        status.getElement().getThemeList().add("badge " + (proposal.pending() ? "" : "error"));
        Div head = new Div(what, status);
        head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        Div row = new Div(head);
        row.setId("red-line-proposal-" + proposal.id());
        row.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px dashed var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin-bottom", "var(--lumo-space-s)");
        boolean reword = "REWORD".equals(proposal.action());
        if (proposal.beforeText() != null && (reword || "DEACTIVATE".equals(proposal.action()))) {
            Span before = new Span(proposal.beforeText());
            before.setId("red-line-proposal-before-" + proposal.id());
            before.getStyle().set("display", "block").set("text-decoration", "line-through")
                    .set("color", "var(--lumo-error-text-color)");
            row.add(before);
        }
        if (proposal.active() || reword) {
            Span after = new Span(proposal.text());
            after.setId("red-line-proposal-after-" + proposal.id());
            after.getStyle().set("display", "block").set("color", "var(--lumo-success-text-color)");
            row.add(after);
        }
        Span by = new Span(getTranslation("screening.redLines.proposals.by", proposal.proposedByName(),
                ScreeningLabels.dateTime(proposal.proposedAt(), zone)));
        by.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        row.add(by);
        if (proposal.comment() != null) {
            Span comment = new Span("“" + proposal.comment() + "”");
            comment.setId("red-line-proposal-comment-" + proposal.id());
            comment.getStyle().set("display", "block").set("white-space", "pre-wrap");
            row.add(comment);
        }
        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        UUID requestId = proposal.requestId();
        if (requestId != null) {
            actions.add(new Anchor(ApprovalNavigation.detailPath(requestId),
                    getTranslation("screening.redLines.proposals.open")));
        }
        if (editable) {
            Button withdraw = new Button(getTranslation(proposal.pending() ? "screening.redLines.proposals.withdraw"
                    : "screening.redLines.proposals.dismiss"), event -> Confirm.danger(
                    getTranslation("screening.redLines.proposals.withdraw.title"),
                    getTranslation("screening.redLines.proposals.withdraw.text"),
                    getTranslation("screening.redLines.proposals.withdraw"), () -> {
                        try {
                            redLines.withdrawProposal(proposal.id(), proposal.version());
                        } catch (ConcurrentEditException stale) {
                            StaleEdit.offerReload(refresh);
                            return;
                        }
                        refresh.run();
                    }));
            withdraw.setId("red-line-proposal-withdraw-" + proposal.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        row.add(actions);
        return row;
    }
}
