package app.communityops.engagement;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How an integration names a member: the tenant's external id, or the channel handle. The external id wins when
 * both are given; handles match case-insensitively, like everywhere else in the console.
 */
public record MemberRef(@Nullable String externalId, @Nullable String handle) {

    public MemberRef {
        externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        handle = handle == null || handle.isBlank() ? null : handle.strip();
    }

    public boolean isEmpty() {
        return externalId == null && handle == null;
    }

    /** The key a resolved member is found under: {@code x:<external id>} or {@code h:<lower-case handle>}. */
    public String key() {
        return externalId != null ? "x:" + externalId : "h:" + (handle == null ? "" : handle.toLowerCase(Locale.ROOT));
    }
}
