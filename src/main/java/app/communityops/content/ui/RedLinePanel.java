package app.communityops.content.ui;

import app.communityops.screening.RedLineDetails;
import app.communityops.approval.ApprovalNavigation;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineProposalDetails;
import app.communityops.screening.RedLineService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The elimination red lines, kept by screening (warnings and eliminations cite them) and shown here as part of the
 * rulebook, with their history. Retired lines stay listed, marked, because past warnings still name them. Where the
 * rulebook's changes need approval, adding, rewording and retiring are proposed; a line with a change waiting is
 * marked, and the changes not applied yet are listed with the line before and after.
 */
class RedLinePanel extends Div {

    private final RedLineService redLines;
    private final Runnable refresh;
    private final ZoneId zone;
    private final boolean approval;
    private final Set<UUID> pendingLines;

    RedLinePanel(RedLineService redLines, UUID communityId, boolean editable, ZoneId zone, Runnable refresh) {
        this.redLines = redLines;
        this.refresh = refresh;
        this.zone = zone;
        this.approval = redLines.approvalRequired(communityId);
        List<RedLineProposalDetails> proposals = redLines.proposals(communityId);
        this.pendingLines = proposals.stream().filter(RedLineProposalDetails::pending)
                .map(RedLineProposalDetails::redLineId).filter(Objects::nonNull).collect(Collectors.toSet());
        setId("rulebook-red-lines");
        addClassName("rulebook-part");
        add(new H4(getTranslation("rulebook.redLines")));
        List<RedLineDetails> lines = redLines.list(communityId);
        if (lines.isEmpty()) {
            Span none = new Span(getTranslation("rulebook.part.empty"));
            none.setId("rulebook-red-lines-empty");
            add(none);
        }
        lines.forEach(line -> add(row(line, editable)));
        proposals.forEach(proposal -> add(proposal(proposal, editable)));
        if (editable) {
            add(adder(communityId));
        }
    }

    /** A change not applied yet: the line as it reads (struck out) and as it will read (highlighted). */
    private Div proposal(RedLineProposalDetails proposal, boolean editable) {
        Span what = new Span(getTranslation("screening.redLines.proposals.action." + proposal.action()));
        what.getStyle().set("font-weight", "600");
        Span status = new Span(getTranslation("screening.redLines.proposals.status." + proposal.status()));
        status.getElement().getThemeList().add("badge " + (proposal.pending() ? "" : "error"));
        Div row = new Div(what, status);
        row.setId("rulebook-red-line-proposal-" + proposal.id());
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("align-items", "baseline").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px dashed var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("margin", "var(--lumo-space-xs) 0");
        boolean reword = "REWORD".equals(proposal.action());
        if (proposal.beforeText() != null && (reword || "DEACTIVATE".equals(proposal.action()))) {
            Span before = new Span(proposal.beforeText());
            before.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-error-text-color)");
            row.add(before);
        }
        if (proposal.active() || reword) {
            Span after = new Span(proposal.text());
            after.setId("rulebook-red-line-proposal-after-" + proposal.id());
            after.getStyle().set("color", "var(--lumo-success-text-color)");
            row.add(after);
        }
        Span by = new Span(getTranslation("screening.redLines.proposals.by", proposal.proposedByName(),
                ContentLabels.dateTime(proposal.proposedAt(), zone)));
        by.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        row.add(by);
        if (proposal.comment() != null) {
            Span comment = new Span("“" + proposal.comment() + "”");
            comment.getStyle().set("white-space", "pre-wrap");
            row.add(comment);
        }
        UUID requestId = proposal.requestId();
        if (requestId != null) {
            row.add(new Anchor(ApprovalNavigation.detailPath(requestId),
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
            withdraw.setId("rulebook-red-line-proposal-withdraw-" + proposal.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            row.add(withdraw);
        }
        return row;
    }

    private Div row(RedLineDetails line, boolean editable) {
        Span text = new Span(line.text());
        text.setId("red-line-item-" + line.id());
        text.addClassName("rulebook-text");
        Span badge = new Span(getTranslation(line.active() ? "rulebook.redLine.active" : "rulebook.redLine.retired"));
        badge.addClassNames("status-badge", line.active() ? "success" : "contrast");
        Button history = new Button(getTranslation("rulebook.history"), VaadinIcon.TIME_BACKWARD.create(),
                event -> new HistoryDialog(line.text(), redLines.history(line.id()).stream()
                        .map(change -> new HistoryDialog.Row(change.text(), change.active(), change.changedAt(),
                                change.changedByName())).toList(), zone).open());
        history.setId("red-line-history-" + line.id());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div row = new Div(text, badge);
        boolean pending = pendingLines.contains(line.id());
        if (pending) {
            Span waiting = new Span(getTranslation("screening.redLines.pending"));
            waiting.setId("red-line-pending-" + line.id());
            waiting.getElement().getThemeList().add("badge");
            row.add(waiting);
        }
        row.add(history);
        row.addClassName("rulebook-row");
        if (editable && !pending) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    event -> new TextEditDialog(getTranslation("rulebook.edit"), line.text(), 300,
                            value -> {
                                if (approval) {
                                    redLines.proposeUpdate(line.id(), line.version(), RedLineForm.of(value));
                                } else {
                                    redLines.update(line.id(), line.version(), RedLineForm.of(value));
                                }
                            },
                            refresh, approval ? "screening.redLines.proposed" : "rulebook.saved").open());
            edit.setId("red-line-edit-" + line.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button toggle = new Button(getTranslation(line.active() ? "rulebook.redLine.retire"
                    : "rulebook.redLine.reinstate"), event -> toggle(line));
            toggle.setId("red-line-toggle-" + line.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(edit, toggle);
        }
        return row;
    }

    private Div adder(UUID communityId) {
        TextField text = new TextField();
        text.setId("red-line-add-text");
        text.setPlaceholder(getTranslation("rulebook.placeholder.redLine"));
        text.setAriaLabel(getTranslation("rulebook.redLines"));
        text.setMaxLength(300);
        text.setWidth("min(32rem, 100%)");
        Button add = new Button(getTranslation("rulebook.add"), VaadinIcon.PLUS.create(), event -> {
            try {
                text.setInvalid(false);
                if (approval) {
                    redLines.proposeAdd(communityId, RedLineForm.of(text.getValue()));
                    Notifications.success(getTranslation("screening.redLines.proposed"));
                } else {
                    redLines.add(communityId, RedLineForm.of(text.getValue()));
                    Notifications.success(getTranslation("rulebook.saved"));
                }
                refresh.run();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("text", text));
            }
        });
        add.setId("red-line-add");
        Div adder = new Div(text, add);
        adder.addClassName("rulebook-adder");
        return adder;
    }

    private void toggle(RedLineDetails line) {
        try {
            if (approval) {
                redLines.proposeActive(line.id(), line.version(), !line.active());
                Notifications.success(getTranslation("screening.redLines.proposed"));
            } else {
                redLines.setActive(line.id(), line.version(), !line.active());
                Notifications.success(getTranslation("rulebook.saved"));
            }
            refresh.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(refresh);
        }
    }
}
