package app.communityops.members.ui;

import app.communityops.members.BulkRefusalException;
import app.communityops.members.MemberService;
import app.communityops.members.MembershipService;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Bulk actions on the selected members. Each action is one all-or-nothing service call: a refusal names the member
 * it stopped at and nothing changes.
 */
class MemberBulkBar extends Div {

    private final MembershipService memberships;
    private final MemberService members;
    private final UUID communityId;
    private final Supplier<Set<UUID>> selection;
    private final Runnable afterChange;
    private final Span selected = new Span();

    MemberBulkBar(MembershipService memberships, MemberService members, UUID communityId,
                  Supplier<Set<UUID>> selection, Runnable afterChange) {
        this.memberships = memberships;
        this.members = members;
        this.communityId = communityId;
        this.selection = selection;
        this.afterChange = afterChange;
        setId("members-bulk-bar");
        addClassName("view-toolbar");
        selected.setId("members-selected");
        add(selected,
                button("bulk-approve", "members.bulk.approve", VaadinIcon.CHECK, this::approve),
                button("bulk-reject", "members.bulk.reject", VaadinIcon.BAN, this::reject),
                button("bulk-tag", "members.bulk.tag", VaadinIcon.TAG, this::tag),
                button("bulk-warn", "members.bulk.warn", VaadinIcon.WARNING, this::warn),
                button("bulk-eliminate", "members.bulk.eliminate", VaadinIcon.EXIT, this::eliminate));
        setVisible(false);
    }

    void selectionChanged(int count) {
        selected.setText(getTranslation("members.bulk.selected", MemberLabels.count(getLocale(), count)));
        setVisible(count > 0);
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), event -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.SMALL);
        if ("bulk-eliminate".equals(id)) {
            button.addThemeVariants(ButtonVariant.ERROR);
        }
        return button;
    }

    private void approve() {
        Set<UUID> ids = selection.get();
        run("members.bulk.approved", () -> memberships.approveAll(ids, null));
    }

    private void reject() {
        Set<UUID> ids = selection.get();
        ReasonDialog[] dialog = new ReasonDialog[1];
        dialog[0] = new ReasonDialog(getTranslation("members.bulk.rejectTitle", ids.size()),
                getTranslation("members.bulk.rejectText"), getTranslation("members.bulk.reject"), true, null,
                (reason, redLine) -> {
                    if (run("members.bulk.rejected", () -> memberships.rejectAll(ids, reason))) {
                        dialog[0].close();
                    }
                });
        dialog[0].open();
    }

    private void tag() {
        Set<UUID> ids = selection.get();
        TagDialog[] dialog = new TagDialog[1];
        dialog[0] = new TagDialog(getTranslation("members.bulk.tagTitle", ids.size()), tags -> {
            if (run("members.bulk.tagged", () -> {
                members.addTags(communityId, ids, tags);
                return ids.size();
            })) {
                dialog[0].close();
            }
        });
        dialog[0].open();
    }

    private void warn() {
        Set<UUID> ids = selection.get();
        ReasonDialog[] dialog = new ReasonDialog[1];
        dialog[0] = new ReasonDialog(getTranslation("members.bulk.warnTitle", ids.size()),
                getTranslation("members.bulk.warnText"), getTranslation("members.bulk.warn"), false,
                memberships.redLines(communityId), (reason, redLine) -> {
                    if (run("members.bulk.warned", () -> memberships.warnAll(ids, reason, redLine))) {
                        dialog[0].close();
                    }
                });
        dialog[0].open();
    }

    private void eliminate() {
        Set<UUID> ids = selection.get();
        ReasonDialog[] dialog = new ReasonDialog[1];
        dialog[0] = new ReasonDialog(getTranslation("members.bulk.eliminateTitle", ids.size()),
                getTranslation("members.bulk.eliminateText"), getTranslation("members.bulk.eliminate"), true,
                memberships.redLines(communityId), (reason, redLine) -> Confirm.danger(
                        getTranslation("members.bulk.eliminateConfirmTitle", ids.size()),
                        getTranslation("members.bulk.eliminateConfirmText"),
                        getTranslation("members.bulk.eliminate"), () -> {
                            if (run("members.bulk.eliminated", () -> memberships.eliminateAll(ids, reason, redLine))) {
                                dialog[0].close();
                            }
                        }));
        dialog[0].open();
    }

    /** Runs one bulk call; says how many changed, or who stopped it and why. Returns whether it went through. */
    private boolean run(String doneKey, IntSupplier action) {
        try {
            int changed = action.getAsInt();
            Notifications.success(getTranslation(doneKey, MemberLabels.count(getLocale(), changed)));
            afterChange.run();
            return true;
        } catch (BulkRefusalException refusal) {
            UserFacingException cause = refusal.refusal();
            Notifications.error(getTranslation("membership.error.bulkDetail", refusal.memberName(),
                    getTranslation(cause.messageKey(), cause.arguments())));
            return false;
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            return false;
        }
    }
}
