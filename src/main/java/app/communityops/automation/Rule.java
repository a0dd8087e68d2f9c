package app.communityops.automation;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * An automation rule as people edit it. The definition is kept as the JSON text of {@link RuleDefinition} (the
 * engine reads the same column with its own SQL); {@code triggerKind} copies the trigger's kind so the engine can
 * find the rules of a kind by index.
 */
@Entity
@Table(name = "automation_rule")
@Audited
class Rule extends TenantOwnedEntity {

    @Column(name = "community_id", updatable = false)
    private @Nullable UUID communityId;
    @Column(nullable = false)
    private String name = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    private TriggerKind triggerKind = TriggerKind.MEMBER_JOINED;
    // Kept as JSON text: Hibernate's JSON mapping needs a Jackson 2 format mapper, and the application has Jackson 3.
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    private String definition = "{}";
    @Column(nullable = false)
    private boolean enabled;
    /** When it was last switched on: it acts on facts from then on (the engine compares their time). */
    @Column(name = "enabled_at")
    private @Nullable Instant enabledAt;
    @Column(name = "playbook_key", updatable = false)
    private @Nullable String playbookKey;
    @Column(name = "playbook_step", updatable = false)
    private @Nullable Short playbookStep;
    @Column(name = "created_by", updatable = false)
    private @Nullable UUID createdBy;
    @Column(name = "updated_by")
    private @Nullable UUID updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Rule() {
    }

    Rule(@Nullable UUID communityId, @Nullable String playbookKey, @Nullable Integer playbookStep, UUID createdBy,
         Instant now) {
        this.communityId = communityId;
        this.playbookKey = playbookKey;
        this.playbookStep = playbookStep == null ? null : playbookStep.shortValue();
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.updatedAt = now;
    }

    void define(String newName, RuleDefinition newDefinition, UUID by, Instant now) {
        this.name = newName;
        this.triggerKind = newDefinition.trigger().kind();
        this.definition = RuleJson.write(newDefinition);
        touch(by, now);
    }

    void enable(boolean on, UUID by, Instant now) {
        if (on && !enabled) {
            this.enabledAt = now;
        }
        this.enabled = on;
        touch(by, now);
    }

    private void touch(UUID by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    @Nullable UUID getCommunityId() {
        return communityId;
    }

    String getName() {
        return name;
    }

    RuleDefinition getDefinition() {
        return RuleJson.read(definition);
    }

    boolean isEnabled() {
        return enabled;
    }

    @Nullable String getPlaybookKey() {
        return playbookKey;
    }

    @Nullable Integer getPlaybookStep() {
        return playbookStep == null ? null : playbookStep.intValue();
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long version() {
        return getVersion() == null ? 0 : getVersion();
    }
}
