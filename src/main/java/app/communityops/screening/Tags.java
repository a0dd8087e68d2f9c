package app.communityops.screening;

import app.communityops.shared.UserFacingException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Cleaning of free-text tags and texts the way every screening form stores them. */
final class Tags {

    private Tags() {
    }

    /** Trimmed, without blanks and duplicates; a tag longer than the column allows is refused, not cut. */
    static Set<String> clean(Collection<String> raw, int maxLength, String field) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : raw) {
            String trimmed = tag == null ? "" : tag.strip();
            if (trimmed.length() > maxLength) {
                throw new UserFacingException("screening.validation.tagTooLong", field, maxLength);
            }
            if (!trimmed.isEmpty()) {
                clean.add(trimmed);
            }
        }
        return clean;
    }

    static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
