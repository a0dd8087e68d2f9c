package app.communityops.automation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where a playbook was switched on: one community (or every community, {@code communityId} null), with how many of
 * its rules exist there and how many of them are enabled. It is "on" while any of them is.
 */
public record PlaybookPlacement(@Nullable UUID communityId, @Nullable String communityName, int rules, int enabled) {

    public boolean on() {
        return enabled > 0;
    }
}
