package app.communityops.clients;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A client as screens show it. {@code contactAccess}: the tenant admin granted the client's users its members'
 * contact fields (decision 0021).
 */
public record ClientSummary(UUID id, String name, @Nullable String contactName, @Nullable String contactEmail,
                            @Nullable String notes, boolean contactAccess, long version) {
}
