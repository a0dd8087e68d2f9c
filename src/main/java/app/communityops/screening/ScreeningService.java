package app.communityops.screening;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.members.ApplicationEvidence;
import app.communityops.members.MemberDetails;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipSummary;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.PublicApplicant;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications screened by the community's policy. An application is evaluated when it is created and whenever
 * its evidence changes; what the policy approves is approved (and seated if there is room), everything else waits
 * for a reviewer, who approves or rejects with a reason. Nothing is rejected automatically.
 *
 * <p>All changes to memberships go through the members feature; this service only decides which to make. A join
 * page's public applicant may file an application ({@link #apply}) for its one community and nothing else
 * (docs/decisions/0051-the-way-in.md).
 */
@Service
@PreAuthorize(Access.STAFF)
public class ScreeningService {

    private final MemberService members;
    private final MembershipService memberships;
    private final ScreeningPolicyService policies;
    private final CodeRedemption codes;
    private final TenantLists lists;
    private final CommunityService access;
    private final StandingFromRecords records;
    private final Clock clock;

    ScreeningService(MemberService members, MembershipService memberships, ScreeningPolicyService policies,
                     CodeRedemption codes, TenantLists lists, CommunityService access, StandingFromRecords records,
                     Clock clock) {
        this.members = members;
        this.memberships = memberships;
        this.policies = policies;
        this.codes = codes;
        this.lists = lists;
        this.access = access;
        this.records = records;
        this.clock = clock;
    }

    /**
     * A new applicant: the code (if any) is redeemed first, so a refused code leaves nothing behind; then the
     * member is added and screened. A join page's applicant is given the tier and lifetime purchase the tenant's
     * records hold for the email address they proved ({@link EvidenceForm#isAddressProven()}), as {@link #precheck}
     * judged them, and none otherwise; never what they typed.
     */
    @Transactional
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public ApplicationOutcome apply(UUID communityId, MemberForm member, EvidenceForm evidence) {
        access.writable(communityId);
        PolicyDetails policy = policies.find(communityId);
        if (PublicApplicant.current().isPresent()) {
            records.fill(rules(policy), member, evidence.isAddressProven());
        }
        Set<UUID> ticked = knownConditions(policy, evidence.getCheckedConditionIds());
        String typed = Tags.text(evidence.getInvitationCode());
        UUID codeId = typed == null ? null : codes.redeem(communityId, typed);
        MembershipSummary membership = members.addToCommunity(communityId, member);
        return screen(membership, policy, new ApplicationEvidence(Tags.text(evidence.getPaymentReference()), codeId,
                Tags.text(evidence.getAnswers()), ticked), false, null);
    }

    /**
     * Whether the person behind an email address they proved passes the community's tier and purchase checks (as
     * the policy combines them) by the tenant's records: the advice a join page gives before applying, judged as
     * {@link #apply} will judge a join page's applicant. Only ever "passed" or "not yet".
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_APPLICANT)
    public PrecheckAnswer precheck(UUID communityId, String provenEmail) {
        access.readable(communityId);
        return records.precheck(rules(policies.find(communityId)), provenEmail);
    }

    /** New or corrected evidence for an application not yet decided; a new code is redeemed, the same one is not. */
    @Transactional
    public ApplicationOutcome updateEvidence(UUID membershipId, EvidenceForm evidence) {
        MembershipSummary membership = writable(membershipId);
        PolicyDetails policy = policies.find(membership.communityId());
        Set<UUID> ticked = knownConditions(policy, evidence.getCheckedConditionIds());
        UUID codeId = codeFor(membership, Tags.text(evidence.getInvitationCode()));
        return screen(membership, policy, new ApplicationEvidence(Tags.text(evidence.getPaymentReference()), codeId,
                Tags.text(evidence.getAnswers()), ticked), false, null);
    }

    /** A reviewer confirms which conditions are met; the application is evaluated again. */
    @Transactional
    public ApplicationOutcome tickConditions(UUID membershipId, Set<UUID> conditionIds) {
        MembershipSummary membership = writable(membershipId);
        PolicyDetails policy = policies.find(membership.communityId());
        return screen(membership, policy, recorded(membership, knownConditions(policy, conditionIds)), false, null);
    }

    /**
     * Attendance of a member changed (the activity feature calls this): the conditions that count attendance are
     * ticked or unticked to match {@code attendedByType} (activities attended per activity type) on the member's
     * undecided application in that community, which is then evaluated again. Members without an undecided
     * application, and communities without such conditions, are left alone.
     */
    @Transactional
    public void attendanceChanged(UUID communityId, UUID memberId, Map<UUID, Integer> attendedByType) {
        access.writable(communityId);
        PolicyDetails policy = policies.find(communityId);
        List<ConditionDetails> counted = policy.conditions().stream().filter(c -> c.minAttended() != null).toList();
        if (counted.isEmpty()) {
            return;
        }
        Optional<UUID> pending = memberships.undecidedApplication(communityId, memberId);
        if (pending.isEmpty()) {
            return;
        }
        MembershipSummary membership = writable(pending.get());
        Set<UUID> ticked = new HashSet<>(membership.checkedConditionIds());
        counted.forEach(condition -> {
            if (condition.metBy(attendedByType)) {
                ticked.add(condition.id());
            } else {
                ticked.remove(condition.id());
            }
        });
        if (!ticked.equals(membership.checkedConditionIds())) {
            screen(membership, policy, recorded(membership, knownConditions(policy, ticked)), false, null);
        }
    }

    /**
     * A reviewer's approval counts as the human check the condition review waits for; the policy must then be met
     * (every condition ticked, and under ALL every automatic check passed). If it is not, nothing changes and
     * the reviewer is told to complete the evidence or reject.
     */
    @Transactional
    public ApplicationOutcome approve(UUID membershipId, @Nullable String note) {
        MembershipSummary membership = writable(membershipId);
        PolicyDetails policy = policies.find(membership.communityId());
        ApplicationEvidence evidence = recorded(membership, membership.checkedConditionIds());
        Evaluation evaluation = ScreeningEngine.evaluate(rules(policy), facts(membership, evidence, true));
        if (evaluation.verdict() != Verdict.APPROVE) {
            throw new UserFacingException("screening.review.error.unmet", null);
        }
        return screen(membership, policy, evidence, true, Tags.text(note));
    }

    /** A reason is required; the members feature refuses a blank one beside the reason field. */
    @Transactional
    public MembershipSummary reject(UUID membershipId, String reason) {
        writable(membershipId);
        return memberships.reject(membershipId, reason);
    }

    /** Re-admission of a rejected, eliminated or departed member: a fresh application, screened again. */
    @Transactional
    public ApplicationOutcome readmit(UUID membershipId, EvidenceForm evidence) {
        MembershipSummary membership = writable(membershipId);
        PolicyDetails policy = policies.find(membership.communityId());
        Set<UUID> ticked = knownConditions(policy, evidence.getCheckedConditionIds());
        String typed = Tags.text(evidence.getInvitationCode());
        UUID codeId = typed == null ? null : codes.redeem(membership.communityId(), typed);
        MembershipSummary reopened = memberships.reapply(membershipId);
        return screen(reopened, policy, new ApplicationEvidence(Tags.text(evidence.getPaymentReference()), codeId,
                Tags.text(evidence.getAnswers()), ticked), false, null);
    }

    /**
     * A paid entry fee: when the member's application to the community is still open and the policy asks for
     * paid entry, the payment reference becomes its evidence and the application is evaluated again.
     */
    @Transactional
    public Optional<ApplicationOutcome> paymentReceived(UUID communityId, UUID memberId, String reference) {
        access.writable(communityId);
        PolicyDetails policy = policies.find(communityId);
        if (!policy.paidEntry()) {
            return Optional.empty();
        }
        return memberships.undecidedApplication(communityId, memberId).flatMap(memberships::find).map(membership -> {
                    ApplicationEvidence recorded = recorded(membership, membership.checkedConditionIds());
                    return screen(membership, policy, new ApplicationEvidence(Tags.text(reference),
                            recorded.invitationCodeId(), recorded.answers(), recorded.checkedConditionIds()),
                            false, null);
                });
    }

    private ApplicationOutcome screen(MembershipSummary membership, PolicyDetails policy,
                                      ApplicationEvidence evidence, boolean reviewerApproved, @Nullable String note) {
        Evaluation evaluation = ScreeningEngine.evaluate(rules(policy), facts(membership, evidence,
                reviewerApproved));
        UUID id = membership.id();
        memberships.recordEvidence(id, evidence, ScreeningMechanism.codes(policy.enabledMechanisms()),
                ScreeningRecord.write(evaluation, clock.instant()));
        if (evaluation.verdict() != Verdict.APPROVE) {
            return new ApplicationOutcome(memberships.awaitReview(id), evaluation, null);
        }
        MembershipSummary approved = memberships.approve(id, note);
        CommunitySummary community = access.writable(approved.communityId());
        Integer capacity = community.memberCapacity();
        // Checked here rather than by catching the members feature's refusal: a refusal inside this transaction
        // would mark the whole of it for rollback, approval included.
        if (capacity != null && memberships.seated(community.id()) >= capacity) {
            return new ApplicationOutcome(approved, evaluation, capacity);
        }
        return new ApplicationOutcome(memberships.join(id), evaluation, null);
    }

    private ScreeningRules rules(PolicyDetails policy) {
        UUID minTier = policy.minTierId();
        TenantLists.Tier tier = minTier == null ? null : lists.tier(minTier).orElse(null);
        return new ScreeningRules(policy.combine(), policy.paidEntry(), policy.fee(), policy.currency(),
                policy.invitationCode(), policy.conditionReview(),
                policy.conditions().stream().map(ConditionDetails::id).collect(Collectors.toSet()),
                policy.tierPrivilege(), tier == null ? null : tier.rank(), tier == null ? null : tier.name(),
                policy.purchaseAmount(), policy.minPurchase());
    }

    private ScreeningFacts facts(MembershipSummary membership, ApplicationEvidence evidence,
                                 boolean reviewerApproved) {
        MemberDetails member = memberships.memberOf(membership.id());
        UUID tierId = member.tierId();
        TenantLists.Tier tier = tierId == null ? null : lists.tier(tierId).orElse(null);
        return new ScreeningFacts(evidence.paymentReference(),
                evidence.invitationCodeId() == null ? CodeCheck.NONE : CodeCheck.VALID,
                evidence.checkedConditionIds(), tier == null ? null : tier.rank(), tier == null ? null : tier.name(),
                Objects.requireNonNull(member.lifetimePurchase(), "memberOf hides no field"), reviewerApproved);
    }

    private ApplicationEvidence recorded(MembershipSummary membership, Set<UUID> ticked) {
        return new ApplicationEvidence(membership.paymentReference(), membership.invitationCodeId(),
                membership.answers(), ticked);
    }

    /** The recorded code stays (it was counted when redeemed); a different code is redeemed now. */
    private @Nullable UUID codeFor(MembershipSummary membership, @Nullable String typed) {
        if (typed == null) {
            return null;
        }
        UUID recorded = membership.invitationCodeId();
        if (recorded != null && codes.codeOf(recorded).equalsIgnoreCase(typed.toUpperCase(Locale.ROOT))) {
            return recorded;
        }
        return codes.redeem(membership.communityId(), typed);
    }

    private static Set<UUID> knownConditions(PolicyDetails policy, Set<UUID> ticked) {
        Set<UUID> known = policy.conditions().stream().map(ConditionDetails::id).collect(Collectors.toSet());
        if (!known.containsAll(ticked)) {
            throw new UserFacingException("screening.validation.conditionUnknown", "checkedConditionIds");
        }
        return Set.copyOf(ticked);
    }

    private MembershipSummary writable(UUID membershipId) {
        MembershipSummary membership = memberships.find(membershipId).orElseThrow(NotFoundException::new);
        access.writable(membership.communityId());
        return membership;
    }
}
