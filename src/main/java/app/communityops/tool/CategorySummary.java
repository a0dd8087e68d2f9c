package app.communityops.tool;

import java.util.UUID;

public record CategorySummary(UUID id, String name, long version) {
}
