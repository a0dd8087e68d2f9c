package app.communityops.tool;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** A community that uses a tool, with its weight for a cost split by weight (1 when split evenly). */
@Embeddable
public record ToolUsage(@Column(name = "community_id", nullable = false) UUID communityId,
                        @Column(name = "weight", nullable = false) BigDecimal weight) {
}
