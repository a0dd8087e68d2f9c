package app.communityops.community;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's verticals, by which communities are compared with their peers (decision 0049). The five defaults are
 * written the first time the list is read. Everyone who sees communities reads the list; only the tenant admin
 * changes it. A vertical that communities use is removed only by moving them to another one in the same step, and
 * the last one is never removed (a new community needs one).
 */
@Service
public class VerticalService {

    static final int NAME_LENGTH = 80;
    private static final UUID NONE = new UUID(0, 0);

    private final VerticalQueries queries;
    private final VerticalSeeds seeds;
    private final AuditLog audit;
    private final FeatureBundlesI18NProvider translations;
    private final Clock clock;

    VerticalService(VerticalQueries queries, VerticalSeeds seeds, AuditLog audit,
                    FeatureBundlesI18NProvider translations, Clock clock) {
        this.queries = queries;
        this.seeds = seeds;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /** The tenant's verticals in list order. */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<VerticalSummary> verticals() {
        if (queries.count() == 0) {
            seeds.seed();
        }
        return queries.all();
    }

    /** How many communities each vertical has (archived ones included); absent means none. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public Map<UUID, Long> usage() {
        return queries.usage();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public VerticalSummary create(String name) {
        if (queries.count() == 0) {
            seeds.seed();
        }
        String cleaned = check(name, NONE);
        VerticalSummary created = queries.insert(cleaned, clock.instant());
        record(AuditAction.CREATE, created.id(), Map.of("name", cleaned));
        return created;
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public VerticalSummary rename(UUID id, long expectedVersion, String name) {
        VerticalSummary before = queries.find(id).orElseThrow(NotFoundException::new);
        String cleaned = check(name, id);
        if (!queries.rename(id, expectedVersion, cleaned)) {
            throw new ConcurrentEditException();
        }
        record(AuditAction.UPDATE, id, Map.of("name", List.of(shownName(before), cleaned)));
        return queries.find(id).orElseThrow(NotFoundException::new);
    }

    /**
     * Removes the vertical. One that communities use needs {@code moveTo}, the vertical they move to; without it the
     * call is refused with the number of communities, so the screen can ask where they should go.
     */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void delete(UUID id, @Nullable UUID moveTo) {
        VerticalSummary removed = queries.find(id).orElseThrow(NotFoundException::new);
        if (queries.count() <= 1) {
            throw new UserFacingException("vertical.error.last", null);
        }
        long used = queries.usage().getOrDefault(id, 0L);
        if (used > 0) {
            if (moveTo == null || moveTo.equals(id)) {
                throw new UserFacingException("vertical.error.inUse", "moveTo", used);
            }
            queries.find(moveTo).orElseThrow(() -> new UserFacingException("vertical.error.moveTo", "moveTo"));
            queries.moveCommunities(id, moveTo);
        }
        queries.delete(id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", shownName(removed));
        if (used > 0) {
            details.put("communitiesMovedTo", String.valueOf(moveTo));
            details.put("communities", used);
        }
        record(AuditAction.DELETE, id, details);
    }

    private void record(AuditAction action, UUID id, Map<String, ?> details) {
        audit.recordFor(CurrentUser.require(), action, "community_vertical", id.toString(), details);
    }

    /** The name as the log's readers know it: the tenant's own, or the default's English label. */
    private String shownName(VerticalSummary vertical) {
        String name = vertical.name();
        return name != null ? name
                : translations.getTranslation(vertical.labelKey(), FeatureBundlesI18NProvider.ENGLISH);
    }

    private String check(String name, UUID exceptId) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw new UserFacingException("vertical.error.nameRequired", "name");
        }
        if (cleaned.length() > NAME_LENGTH) {
            throw new UserFacingException("vertical.error.nameLength", "name", NAME_LENGTH);
        }
        if (queries.nameTaken(cleaned, exceptId) || readsAsADefault(cleaned, exceptId)) {
            throw new UserFacingException("vertical.error.nameTaken", "name");
        }
        return cleaned;
    }

    /**
     * Whether a default nobody renamed already reads as the name in one of the languages: "Education" beside the
     * default that shows as Education (or 教育) would be two entries users cannot tell apart.
     */
    private boolean readsAsADefault(String name, UUID exceptId) {
        return queries.all().stream()
                .filter(vertical -> vertical.name() == null && !vertical.id().equals(exceptId))
                .anyMatch(vertical -> FeatureBundlesI18NProvider.LOCALES.stream().anyMatch(locale ->
                        translations.getTranslation(vertical.labelKey(), locale).equalsIgnoreCase(name)));
    }
}
