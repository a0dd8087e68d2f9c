package app.communityops.clients;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ClientSummary(UUID id, String name, @Nullable String contactName, @Nullable String contactEmail,
                            @Nullable String notes, long version) {
}
