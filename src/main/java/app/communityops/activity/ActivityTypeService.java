package app.communityops.activity;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.Uuids;
import app.communityops.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
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

    /** The seeded types, in list order: four regular (常规), four innovative (创新). */
    static final List<String> REGULAR_SEEDS = List.of("dailyTopic", "weeklySharing", "monthlyMeetup",
            "festivalGreeting");
    static final List<String> INNOVATIVE_SEEDS = List.of("studyTour", "meetTheExpert", "embroideredBall",
            "resourceMatching");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final UUID NONE = new UUID(0, 0);

    private final ActivityTypeRepository types;
    private final ActivityRepository activities;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ActivityTypeService(ActivityTypeRepository types, ActivityRepository activities, JdbcTemplate jdbc, Clock clock) {
        this.types = types;
        this.activities = activities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Active types in list order. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '" + Roles.CLIENT + "')")
    public List<ActivityTypeSummary> types() {
        return all().stream().filter(type -> !type.archived()).toList();
    }

    /** Archived ones too, for showing the type of older activities. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '" + Roles.CLIENT + "')")
    public List<ActivityTypeSummary> all() {
        seedIfEmpty();
        return types.findAllOrdered().stream().map(ActivityType::toSummary).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.TENANT_ADMIN + "')")
    public ActivityTypeSummary create(ActivityTypeForm form) {
        check(form, NONE);
        return types.saveAndFlush(new ActivityType(form, types.maxPosition() + 1)).toSummary();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.TENANT_ADMIN + "')")
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
    @PreAuthorize("hasRole('" + Roles.TENANT_ADMIN + "')")
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
        if (count != null && count > 0) {
            return;
        }
        int position = 1;
        for (String key : REGULAR_SEEDS) {
            seed(key, ActivityKind.REGULAR, position++);
        }
        for (String key : INNOVATIVE_SEEDS) {
            seed(key, ActivityKind.INNOVATIVE, position++);
        }
    }

    private void seed(String key, ActivityKind kind, int position) {
        // Two first readers at once both seed; the unique seed key lets the second insert do nothing.
        jdbc.update("""
                insert into activity_type (tenant_id, id, seed_key, kind, position, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, 0)
                on conflict (tenant_id, seed_key) where seed_key is not null do nothing""",
                Uuids.v7(), key, kind.name(), position, Timestamp.from(clock.instant()));
    }
}
