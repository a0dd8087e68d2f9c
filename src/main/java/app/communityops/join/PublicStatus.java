package app.communityops.join;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a status link shows: the application's state and, when approved, the group code handed out (its image is
 * fetched by the same token). {@code groupCodeExpiresOn} is null when no group has room right now.
 */
public record PublicStatus(String communityName, Outcome outcome, boolean paymentToConfirm,
                           @Nullable String groupCodeLabel, @Nullable LocalDate groupCodeExpiresOn) {

    public enum Outcome { PENDING, APPROVED, REJECTED, CLOSED }

    public boolean hasGroupCode() {
        return groupCodeExpiresOn != null;
    }
}
