package app.communityops.activity;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's activity types. The source text's eight are seeded the first time a tenant's list is read (tenants
 * are created in several places, and the list is read before anything else uses it). Everyone who sees activities
 * reads the list; only the tenant admin changes it. A type in use, or a seeded one, is archived rather than deleted,
 * so past activities keep their type.
 */
@Service
public class ActivityTypeService {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final UUID NONE = new UUID(0, 0);

    private final ActivityTypeRepository types;
    private final ActivityRepository activities;
    private final JdbcTemplate jdbc;
    private final ActivityTypeSeeds seeds;

    ActivityTypeService(ActivityTypeRepository types, ActivityRepository activities, JdbcTemplate jdbc,
                        ActivityTypeSeeds seeds) {
        this.types = types;
        this.activities = activities;
        this.jdbc = jdbc;
        this.seeds = seeds;
    }

    /** Active types in list order. */
    @Transactional
    @PreAuthorize(Access.READERS)
    public List<ActivityTypeSummary> types() {
        return all().stream().filter(type -> !type.archived()).toList();
    }

    /** Archived ones too, for showing the type of older activities. */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<ActivityTypeSummary> all() {
        seedIfEmpty();
        return types.findAllOrdered().stream().map(ActivityType::toSummary).toList();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ActivityTypeSummary create(ActivityTypeForm form) {
        check(form, NONE);
        return types.saveAndFlush(new ActivityType(form, types.maxPosition() + 1)).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ActivityTypeSummary update(UUID id, long expectedVersion, ActivityTypeForm form) {
        ActivityType type = types.findById(id).orElseThrow(NotFoundException::new);
        if (type.getVersion() == null || type.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        check(form, id);
        type.apply(form);
        return types.saveAndFlush(type).toSummary();
    }

    /** True if the type was deleted, false if it was archived (seeded, or used by an activity). */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public boolean delete(UUID id) {
        ActivityType type = types.findById(id).orElseThrow(NotFoundException::new);
        if (type.seeded() || activities.countOfType(id) > 0) {
            type.archive();
            types.flush();
            return false;
        }
        types.delete(type);
        types.flush();
        return true;
    }

    private void check(ActivityTypeForm form, UUID exceptId) {
        if (types.nameTaken(form.getName().strip(), exceptId)) {
            throw new UserFacingException("activity.types.error.nameTaken", "name");
        }
        @Nullable String colour = form.getColour();
        if (colour != null && !colour.isBlank() && !COLOUR.matcher(colour.strip()).matches()) {
            throw new UserFacingException("activity.types.error.colour", "colour");
        }
    }

    private void seedIfEmpty() {
        Long count = jdbc.queryForObject("select count(*) from activity_type", Long.class);
        if (count == null || count == 0) {
            seeds.seed();
        }
    }
}
