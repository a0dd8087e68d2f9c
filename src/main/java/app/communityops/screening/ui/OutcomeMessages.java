package app.communityops.screening.ui;

import app.communityops.screening.ApplicationOutcome;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;

/** Tells staff what became of an application: seated, approved but waiting for a seat, or waiting for review. */
final class OutcomeMessages {

    private OutcomeMessages() {
    }

    static void show(Component owner, ApplicationOutcome outcome) {
        String name = outcome.membership().memberName();
        if (outcome.approvedButCommunityFull()) {
            Notifications.error(owner.getTranslation("screening.outcome.full", name, outcome.fullCapacity()));
            return;
        }
        String key = switch (outcome.status()) {
            case JOINED -> "screening.outcome.joined";
            case PENDING_REVIEW -> "screening.outcome.pending";
            default -> "screening.outcome.other";
        };
        Notifications.success(owner.getTranslation(key, name,
                ScreeningLabels.membershipStatus(owner, outcome.status())));
    }
}
