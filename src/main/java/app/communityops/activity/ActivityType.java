package app.communityops.activity;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One entry of the tenant's activity type list; a seeded entry has no name of its own until renamed. */
@Entity
@Table(name = "activity_type")
@Audited
class ActivityType extends TenantOwnedEntity {

    @Column(name = "seed_key", updatable = false)
    private @Nullable String seedKey;

    private @Nullable String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityKind kind = ActivityKind.REGULAR;

    private @Nullable String colour;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean archived;

    protected ActivityType() {
    }

    ActivityType(ActivityTypeForm form, int position) {
        apply(form);
        this.position = position;
    }

    void apply(ActivityTypeForm form) {
        this.name = form.getName().strip();
        this.kind = form.getKind();
        this.colour = form.getColour() == null || form.getColour().isBlank() ? null : form.getColour().strip();
    }

    boolean seeded() {
        return seedKey != null;
    }

    void archive() {
        this.archived = true;
    }

    boolean isArchived() {
        return archived;
    }

    ActivityTypeSummary toSummary() {
        return new ActivityTypeSummary(getId(), seedKey, name, kind, colour, position, archived,
                getVersion() == null ? 0 : getVersion());
    }
}
