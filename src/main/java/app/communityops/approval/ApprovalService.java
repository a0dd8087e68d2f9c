package app.communityops.approval;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for approval, from submission through each configured step to a decision. Staff submit (the owning
 * feature does, after checking the subject is theirs); each step is decided only by its group (the community's
 * operators, the tenant admins, the client's users); whoever cannot see the community finds nothing.
 */
@Service
public class ApprovalService {

    public static final int MAX_COMMENT = 2000;

    private final ApprovalQueries queries;
    private final ApprovalPolicyService policies;
    private final CommunityService communities;
    private final ApprovalNotices notices;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<SubjectType, ApprovalSubjects> subjects = new EnumMap<>(SubjectType.class);

    ApprovalService(ApprovalQueries queries, ApprovalPolicyService policies, CommunityService communities,
                    ApprovalNotices notices, AuditLog audit, Clock clock, List<ApprovalSubjects> subjects) {
        this.queries = queries;
        this.policies = policies;
        this.communities = communities;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
        subjects.forEach(source -> this.subjects.put(source.type(), source));
    }

    /** Whether that kind of subject needs approval in the community. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public boolean required(SubjectType type, UUID communityId) {
        return policies.effective(communities.readable(communityId)).settings().requires(type);
    }

    /** The latest request (not withdrawn) of each subject, of those the user may see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public Map<UUID, ApprovalSummary> latest(SubjectType type, Collection<UUID> subjectIds) {
        Map<UUID, ApprovalSummary> visible = new HashMap<>();
        Map<UUID, Boolean> readable = new HashMap<>();
        queries.latest(type, subjectIds).forEach((subject, request) -> {
            if (readable.computeIfAbsent(request.communityId(), id -> communities.find(id).isPresent())) {
                visible.put(subject, request);
            }
        });
        return visible;
    }

    /** The state of this version of a subject, given whether approval is required where it lives. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public ApprovalState state(SubjectType type, UUID subjectId, long version, boolean required) {
        return ApprovalState.of(required, latest(type, List.of(subjectId)).get(subjectId), version);
    }

    /**
     * Puts this version up for approval by the steps the community's policy names now; an open request for an
     * earlier version is withdrawn. The owning feature calls this after checking the subject is the user's to
     * change.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ApprovalSummary submit(ApprovalSubject subject) {
        CommunitySummary community = communities.writable(subject.communityId());
        ApprovalPolicy policy = policies.effective(community);
        if (!policy.settings().requires(subject.type())) {
            throw new UserFacingException("approval.error.notRequired", null);
        }
        Optional<ApprovalSummary> open = queries.open(subject.type(), subject.id());
        if (open.isPresent() && open.get().subjectVersion() == subject.version()) {
            throw new UserFacingException("approval.error.alreadyPending", null);
        }
        open.ifPresent(this::withdrawn);
        AppPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        UUID id = queries.insertRequest(subject, policy.settings().steps(), user.userId(), user.displayName(), now);
        queries.event(id, null, null, ApprovalAction.SUBMITTED, user.userId(), user.displayName(), null, now);
        audit.recordFor(user, AuditAction.CREATE, "approval_request", id.toString(), Map.of(
                "action", ApprovalAction.SUBMITTED.name(), "subjectType", subject.type().name(),
                "subject", subject.id().toString(), "subjectVersion", subject.version(),
                "steps", policy.settings().steps().stream().map(Enum::name).toList()));
        ApprovalSummary request = queries.request(id).orElseThrow();
        notices.due(request, community);
        return request;
    }

    /**
     * Withdraws the subject's open request, if any (the item was edited, archived or deleted). The owning feature
     * calls this after checking the subject is the user's to change.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void withdraw(SubjectType type, UUID subjectId) {
        queries.open(type, subjectId).ifPresent(request -> {
            communities.writable(request.communityId());
            withdrawn(request);
        });
    }

    /**
     * Approves the open step, or asks for changes (a comment is then required). Refused when the user is not of
     * the step's group, no longer has access, or someone decided first ({@code expectedVersion} is the request's
     * version the user saw).
     */
    @Transactional
    @PreAuthorize(Access.READERS)
    public ApprovalSummary decide(UUID requestId, long expectedVersion, boolean approve, String comment) {
        AppPrincipal user = CurrentUser.require();
        ApprovalSummary request = queries.request(requestId).orElseThrow(NotFoundException::new);
        CommunitySummary community = visibleCommunity(request, user);
        if (!queries.enabled(user.userId())) {
            throw new UserFacingException("approval.error.accessWithdrawn", null);
        }
        ApprovalStep step = request.waitingFor();
        if (step == null || request.version() != expectedVersion) {
            throw new UserFacingException("approval.error.decidedMeanwhile", null);
        }
        if (!isOf(user, step, community)) {
            throw new UserFacingException("approval.error.notYourStep", null);
        }
        String said = comment.strip();
        if (!approve && said.isEmpty()) {
            throw new UserFacingException("approval.error.commentRequired", "comment");
        }
        if (said.length() > MAX_COMMENT) {
            throw new UserFacingException("approval.error.commentLength", "comment", MAX_COMMENT);
        }
        Instant now = clock.instant();
        int next = approve ? request.currentStep() + 1 : request.currentStep();
        boolean last = approve && next == request.steps().size();
        ApprovalStatus status = !approve ? ApprovalStatus.CHANGES_REQUESTED
                : last ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
        if (!queries.advance(request.id(), expectedVersion, next, status, status == ApprovalStatus.PENDING ? null : now)) {
            // Another approver of the same step decided between our read and this write.
            throw new UserFacingException("approval.error.decidedMeanwhile", null);
        }
        ApprovalAction action = approve ? ApprovalAction.APPROVED : ApprovalAction.CHANGES_REQUESTED;
        queries.event(request.id(), request.currentStep(), step, action, user.userId(), user.displayName(),
                said.isEmpty() ? null : said, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action.name());
        details.put("step", request.currentStep() + 1);
        details.put("approver", step.name());
        details.put("status", status.name());
        details.put("comment", said);
        audit.recordFor(user, AuditAction.UPDATE, "approval_request", request.id().toString(), details);
        ApprovalSummary decided = queries.request(request.id()).orElseThrow();
        ApprovalSubjects source = subjects.get(request.type());
        if (status == ApprovalStatus.APPROVED && source != null) {
            source.approved(request.subjectId(), request.subjectVersion());
        } else if (status == ApprovalStatus.CHANGES_REQUESTED && source != null) {
            source.changesRequested(request.subjectId(), request.subjectVersion(), said);
        }
        if (status == ApprovalStatus.PENDING) {
            notices.due(decided, community);
        } else {
            notices.decided(decided, queries.submittedBy(request.id()));
        }
        return decided;
    }

    /** What waits for the signed-in user's decision, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<ApprovalSummary> waitingForMe() {
        AppPrincipal user = CurrentUser.require();
        ApprovalStep group = groupOf(user);
        if (group == null) {
            return List.of();
        }
        List<CommunitySummary> mine = communities.visible();
        if (group == ApprovalStep.OPERATORS) {
            mine = mine.stream().filter(community -> community.operatorIds().contains(user.userId())).toList();
        }
        return queries.waitingAt(group, mine.stream().map(CommunitySummary::id).toArray(UUID[]::new));
    }

    /** What the signed-in staff member submitted, newest first, in communities they still see. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<ApprovalSummary> submittedByMe() {
        return queries.submittedBy(CurrentUser.require().userId(),
                communities.visible().stream().map(CommunitySummary::id).toArray(UUID[]::new));
    }

    /** One request as its approvers see it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public ApprovalDetails find(UUID requestId) {
        AppPrincipal user = CurrentUser.require();
        ApprovalSummary request = queries.request(requestId).orElseThrow(NotFoundException::new);
        CommunitySummary community = visibleCommunity(request, user);
        ApprovalStep open = request.waitingFor();
        return new ApprovalDetails(request, community.name(), queries.preview(request.id()),
                queries.events(request.id()), open != null && isOf(user, open, community));
    }

    /** Every step of every request of a subject, oldest first: the subject's approval history. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public List<ApprovalEvent> history(SubjectType type, UUID subjectId) {
        ApprovalSummary latest = queries.latestOfAny(type, subjectId).orElse(null);
        if (latest == null || communities.find(latest.communityId()).isEmpty()) {
            return List.of();
        }
        return queries.subjectEvents(type, subjectId);
    }

    private void withdrawn(ApprovalSummary request) {
        AppPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        if (!queries.advance(request.id(), request.version(), request.currentStep(), ApprovalStatus.WITHDRAWN, now)) {
            throw new UserFacingException("approval.error.decidedMeanwhile", null);
        }
        queries.event(request.id(), null, null, ApprovalAction.WITHDRAWN, user.userId(), user.displayName(), null,
                now);
        audit.recordFor(user, AuditAction.UPDATE, "approval_request", request.id().toString(),
                Map.of("action", ApprovalAction.WITHDRAWN.name(), "subjectVersion", request.subjectVersion()));
    }

    /**
     * The request's community, if the user may see the request: staff who may read the community; client users of
     * its client, only for requests with a client step (the others are the agency's internal review).
     */
    private CommunitySummary visibleCommunity(ApprovalSummary request, AppPrincipal user) {
        CommunitySummary community = communities.find(request.communityId()).orElseThrow(NotFoundException::new);
        if (user.hasRole(Roles.CLIENT) && !request.steps().contains(ApprovalStep.CLIENT_USERS)) {
            throw new NotFoundException();
        }
        return community;
    }

    private static @Nullable ApprovalStep groupOf(AppPrincipal user) {
        return switch (user.role()) {
            case Roles.OPERATOR -> ApprovalStep.OPERATORS;
            case Roles.TENANT_ADMIN -> ApprovalStep.TENANT_ADMINS;
            case Roles.CLIENT -> ApprovalStep.CLIENT_USERS;
            default -> null;
        };
    }

    private static boolean isOf(AppPrincipal user, ApprovalStep step, CommunitySummary community) {
        return switch (step) {
            case OPERATORS -> user.hasRole(Roles.OPERATOR) && community.operatorIds().contains(user.userId());
            case TENANT_ADMINS -> user.hasRole(Roles.TENANT_ADMIN);
            case CLIENT_USERS -> user.hasRole(Roles.CLIENT) && community.clientId().equals(user.clientId());
        };
    }
}
