package app.communityops.content.ui;

import app.communityops.approval.ApprovalNavigation;
import app.communityops.content.RulebookProposalDetails;
import app.communityops.content.RulebookService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The rulebook changes not applied yet: those waiting for approval and those sent back with a comment, each with
 * what it changes (before and after), the way to its approval request, and for staff a way to take it back.
 */
class ProposalsPanel extends Div {

    ProposalsPanel(RulebookService rulebook, List<RulebookProposalDetails> proposals, boolean editable, ZoneId zone,
                   Runnable refresh) {
        setId("rulebook-proposals");
        setWidthFull();
        if (proposals.isEmpty()) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("rulebook.proposals.title")));
        for (RulebookProposalDetails proposal : proposals) {
            Span status = new Span(getTranslation("rulebook.proposals.status." + proposal.status()));
            status.getElement().getThemeList().add("badge " + (proposal.pending() ? "" : "error"));
            Span what = new Span(getTranslation("rulebook.kind." + proposal.kind().name()) + " · "
                    + getTranslation("rulebook.proposals.action." + proposal.action()));
            what.getStyle().set("font-weight", "600");
            Div head = new Div(what, status);
            head.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
            Div row = new Div(head);
            row.setId("rulebook-proposal-" + proposal.id());
            row.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("border", "1px dashed var(--lumo-contrast-30pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("margin-bottom", "var(--lumo-space-s)");
            if (proposal.beforeText() != null) {
                Span before = new Span(proposal.beforeText());
                before.getStyle().set("display", "block").set("text-decoration", "line-through")
                        .set("color", "var(--lumo-error-text-color)");
                row.add(before);
            }
            if (!"REMOVE".equals(proposal.action())) {
                Span after = new Span(proposal.text());
                after.getStyle().set("display", "block").set("color", "var(--lumo-success-text-color)");
                row.add(after);
            }
            Span by = new Span(getTranslation("rulebook.proposals.by", proposal.proposedByName(),
                    ContentLabels.dateTime(proposal.proposedAt(), zone)));
            by.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            row.add(by);
            if (proposal.comment() != null) {
                Span comment = new Span("“" + proposal.comment() + "”");
                comment.setId("rulebook-proposal-comment-" + proposal.id());
                comment.getStyle().set("display", "block").set("white-space", "pre-wrap");
                row.add(comment);
            }
            Div actions = new Div();
            actions.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
            UUID requestId = proposal.requestId();
            if (requestId != null) {
                actions.add(new Anchor(ApprovalNavigation.detailPath(requestId),
                        getTranslation("rulebook.proposals.open")));
            }
            if (editable) {
                Button withdraw = new Button(getTranslation(proposal.pending() ? "rulebook.proposals.withdraw"
                        : "rulebook.proposals.dismiss"), event -> Confirm.danger(
                        getTranslation("rulebook.proposals.withdraw.title"),
                        getTranslation("rulebook.proposals.withdraw.text"),
                        getTranslation("rulebook.proposals.withdraw"), () -> {
                            try {
                                rulebook.withdrawProposal(proposal.id(), proposal.version());
                            } catch (ConcurrentEditException stale) {
                                StaleEdit.offerReload(refresh);
                                return;
                            }
                            refresh.run();
                        }));
                withdraw.setId("rulebook-proposal-withdraw-" + proposal.id());
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                actions.add(withdraw);
            }
            row.add(actions);
            add(row);
        }
    }
}
