package app.communityops.screening;

import app.communityops.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One row per community, keyed by the community's id, so it has its own mapping rather than the id column of
 * the usual tenant-owned base. The value tags and free tags share one column: value tags by their key.
 */
@Entity
@Table(name = "community_positioning")
@Audited
class CommunityPositioning {

    @Id
    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable UUID tenantId;

    private @Nullable String who;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] personas = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "channel_ids", nullable = false)
    private UUID[] channelIds = new UUID[0];

    private @Nullable String why;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "why_tags", nullable = false)
    private String[] whyTags = new String[0];

    @Version
    private @Nullable Long version;

    protected CommunityPositioning() {
    }

    CommunityPositioning(UUID communityId) {
        this.communityId = communityId;
    }

    void apply(@Nullable String who, Set<String> personas, Set<UUID> channelIds, @Nullable String why,
               Set<ValueTag> values, Set<String> freeTags) {
        this.who = who;
        this.personas = personas.toArray(String[]::new);
        this.channelIds = channelIds.toArray(UUID[]::new);
        this.why = why;
        Set<String> tags = new LinkedHashSet<>();
        values.forEach(value -> tags.add(value.key()));
        tags.addAll(freeTags);
        this.whyTags = tags.toArray(String[]::new);
    }

    @Nullable Long getVersion() {
        return version;
    }

    PositioningDetails toDetails() {
        Set<ValueTag> values = new LinkedHashSet<>();
        Set<String> free = new LinkedHashSet<>();
        for (String tag : whyTags) {
            ValueTag.fromKey(tag).ifPresentOrElse(values::add, () -> free.add(tag));
        }
        return new PositioningDetails(communityId, who, new LinkedHashSet<>(List.of(personas)),
                new LinkedHashSet<>(List.of(channelIds)), why, values, free, Objects.requireNonNullElse(version, 0L));
    }
}
