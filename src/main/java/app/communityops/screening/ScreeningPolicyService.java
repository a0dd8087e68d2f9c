package app.communityops.screening;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's screening policy (How) and its checkable conditions: read by all who see it, edited by staff. */
@Service
public class ScreeningPolicyService {

    private final PolicyRepository policies;
    private final ConditionRepository conditions;
    private final TenantLists lists;
    private final CommunityService access;
    private final EntityManager entityManager;
    private final ObjectProvider<AttendanceTypeCatalog> typeCatalogs;

    ScreeningPolicyService(PolicyRepository policies, ConditionRepository conditions, TenantLists lists,
                           CommunityService access, EntityManager entityManager,
                           ObjectProvider<AttendanceTypeCatalog> typeCatalogs) {
        this.typeCatalogs = typeCatalogs;
        this.policies = policies;
        this.entityManager = entityManager;
        this.conditions = conditions;
        this.lists = lists;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_JOB_OR_APPLICANT)
    public PolicyDetails find(UUID communityId) {
        access.readable(communityId);
        return load(communityId);
    }

    /** The tenant's member tiers, lowest rank first, for the tier privilege's minimum. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<Option> tiers() {
        return lists.tiers().stream().map(tier -> new Option(tier.id(), tier.name())).toList();
    }

    /** Saves over the version the user loaded (-1 for a community without a policy yet). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public PolicyDetails update(UUID communityId, long expectedVersion, PolicyForm form) {
        access.writable(communityId);
        ScreeningPolicy policy = policies.findById(communityId).orElse(null);
        long current = policy == null ? -1 : Objects.requireNonNullElse(policy.getVersion(), 0L);
        if (current != expectedVersion) {
            throw new ConcurrentEditException();
        }
        PolicyValidation.problems(form).entrySet().stream().findFirst().ifPresent(problem -> {
            throw new UserFacingException(problem.getValue(), problem.getKey());
        });
        UUID minTier = form.getMinTierId();
        if (minTier != null && lists.tier(minTier).isEmpty()) {
            throw new UserFacingException("screening.validation.tierUnknown", "minTierId");
        }
        if (policy == null) {
            policy = new ScreeningPolicy(communityId);
        } else {
            // The conditions live in their own rows: a save that changes only them must still move the version.
            entityManager.lock(policy, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        policy.apply(form);
        policies.saveAndFlush(policy);
        syncConditions(communityId, form.getConditions());
        return load(communityId);
    }

    /** Keeps ids of conditions that stay (ticks on applications refer to them), adds new ones, drops the rest. */
    private void syncConditions(UUID communityId, List<ConditionLine> lines) {
        Map<UUID, ScreeningCondition> existing = new HashMap<>();
        conditions.findByCommunityIdOrderByPositionAsc(communityId).forEach(c -> existing.put(c.getId(), c));
        int position = 0;
        for (ConditionLine line : lines) {
            UUID id = line.id();
            ScreeningCondition kept = id == null ? null : existing.remove(id);
            if (id != null && kept == null) {
                throw new UserFacingException("error.concurrentEdit", "conditions");
            }
            if (line.minAttended() != null && (line.minAttended() < 1 || line.minAttended() > 100)) {
                throw new UserFacingException("screening.validation.minAttended", "conditions");
            }
            if (kept == null) {
                kept = conditions.save(new ScreeningCondition(communityId, line.label(), position));
            } else {
                kept.update(line.label(), position);
            }
            kept.countAttendance(line.minAttended(), line.attendedTypeId());
            position++;
        }
        conditions.deleteAll(existing.values());
        conditions.flush();
    }

    /** The activity types an attendance condition can name; none while no feature offers them. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public List<AttendanceTypeOption> attendanceTypes() {
        return typeCatalogs.orderedStream().flatMap(catalog -> catalog.attendanceTypes().stream()).toList();
    }

    private PolicyDetails load(UUID communityId) {
        List<ConditionDetails> listed = conditions.findByCommunityIdOrderByPositionAsc(communityId).stream()
                .map(ScreeningCondition::toDetails).toList();
        return policies.findById(communityId)
                .map(policy -> policy.toDetails(listed, tierName(policy.getMinTierId())))
                .orElseGet(() -> PolicyDetails.none(communityId, listed));
    }

    private @Nullable String tierName(@Nullable UUID tierId) {
        return tierId == null ? null : lists.tier(tierId).map(TenantLists.Tier::name).orElse(null);
    }
}
