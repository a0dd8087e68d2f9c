package app.communityops.screening;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An activity type to pick: its own {@code name}, or, if it has none, the translation of {@code labelKey}. */
public record AttendanceTypeOption(UUID id, @Nullable String name, String labelKey) {
}
