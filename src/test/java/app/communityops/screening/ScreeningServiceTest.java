package app.communityops.screening;

import static app.communityops.screening.ScreeningTestData.member;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ScreeningServiceTest {

    @Autowired TestTenants tenants;
    @Autowired ScreeningTestData data;
    @Autowired ScreeningService screening;
    @Autowired ScreeningPolicyService policies;
    @Autowired InvitationCodeService codes;
    @Autowired MembershipService memberships;

    Fixture tenant;
    AppPrincipal operator;
    UUID community;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        operator = tenant.operator();
        community = tenant.communityId();
    }

    @Test
    void aCommunityWithoutPolicyAdmitsAndSeatsEveryApplicant() {
        ApplicationOutcome outcome = apply("open-1", evidence(null, null));
        assertThat(outcome.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(outcome.evaluation().results()).isEmpty();
        assertThat(outcome.membership().joinedAt()).isNotNull();
    }

    @Test
    void paidEntryAdmitsWithAPaymentReferenceAndOtherwiseWaitsWithTheReason() {
        policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("19.90"));
        });

        ApplicationOutcome paid = apply("paid-1", evidence("WX-0001", null));
        assertThat(paid.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(paid.membership().paymentReference()).isEqualTo("WX-0001");
        assertThat(paid.membership().mechanisms()).containsExactly(ScreeningMechanism.PAID_ENTRY.name());

        ApplicationOutcome unpaid = apply("paid-2", evidence(null, null));
        assertThat(unpaid.status()).isEqualTo(MembershipStatus.PENDING_REVIEW);
        MechanismResult reason = unpaid.evaluation().results().getFirst();
        assertThat(reason.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(reason.reasonKey()).isEqualTo("screening.reason.paid.missing");
        assertThat(reason.arguments()).containsExactly("19.9", "CNY");
        assertThat(ScreeningRecord.read(unpaid.membership().screening())).contains(unpaid.evaluation());
    }

    @Test
    void newEvidenceIsEvaluatedAgain() {
        policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("19.90"));
        });
        ApplicationOutcome waiting = apply("late-payer", evidence(null, null));

        ApplicationOutcome paid = as(operator, () -> screening.updateEvidence(waiting.membership().id(),
                evidence("WX-LATE", null)));

        assertThat(paid.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(paid.evaluation().verdict()).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void theCareerCampExampleNeedsPaymentTickedLessonsAndAReviewer() {
        PolicyDetails camp = policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("19.90"));
            form.setConditionReview(true);
            form.setConditions(List.of(new ConditionLine(null, "Three free trial lessons attended")));
        });
        UUID lessons = camp.conditions().getFirst().id();

        ApplicationOutcome applied = apply("camp-1", evidence("WX-19.9", null));
        assertThat(applied.status()).isEqualTo(MembershipStatus.PENDING_REVIEW);
        assertThat(applied.evaluation().results()).extracting(MechanismResult::outcome)
                .containsExactly(Outcome.PASSED, Outcome.NEEDS_REVIEW);

        UUID id = applied.membership().id();
        ApplicationOutcome ticked = as(operator, () -> screening.tickConditions(id, Set.of(lessons)));
        assertThat(ticked.status()).as("ticking is not approving").isEqualTo(MembershipStatus.PENDING_REVIEW);
        assertThat(ticked.membership().checkedConditionIds()).containsExactly(lessons);

        ApplicationOutcome approved = as(operator, () -> screening.approve(id, "Attended all three"));
        assertThat(approved.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(approved.evaluation().reviewerApproved()).isTrue();
        assertThat(approved.evaluation().results()).extracting(MechanismResult::outcome)
                .containsExactly(Outcome.PASSED, Outcome.PASSED);
        assertThat(approved.membership().decisionReason()).isEqualTo("Attended all three");
        assertThat(approved.membership().paymentReference()).as("the evidence is kept").isEqualTo("WX-19.9");
    }

    @Test
    void aReviewerCannotApproveWhatThePolicyDoesNotAllowYet() {
        PolicyDetails camp = policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("19.90"));
            form.setConditionReview(true);
            form.setConditions(List.of(new ConditionLine(null, "Three free trial lessons attended")));
        });
        UUID lessons = camp.conditions().getFirst().id();
        ApplicationOutcome unpaid = apply("camp-unpaid", evidence(null, null, lessons));

        assertThatThrownBy(() -> as(operator, () -> screening.approve(unpaid.membership().id(), null)))
                .isInstanceOf(UserFacingException.class).hasMessage("screening.review.error.unmet");
        assertThat(status(unpaid.membership().id())).isEqualTo(MembershipStatus.PENDING_REVIEW);
    }

    @Test
    void aReviewerRejectsOnlyWithAReason() {
        policy(form -> {
            form.setConditionReview(true);
            form.setCriteria("Director level or above");
        });
        UUID id = apply("reject-me", evidence(null, null)).membership().id();

        assertThatThrownBy(() -> as(operator, () -> screening.reject(id, "  ")))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("membership.error.reasonRequired");
                    assertThat(refusal.field()).isEqualTo("reason");
                });
        assertThat(status(id)).isEqualTo(MembershipStatus.PENDING_REVIEW);

        MembershipSummary rejected = as(operator, () -> screening.reject(id, "Not a director"));
        assertThat(rejected.status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("Not a director");
    }

    @Test
    void anyAdmitsOnTheFirstPassingMechanism() {
        UUID gold = data.tier(tenant, "Gold", 2);
        data.tier(tenant, "Silver", 1);
        policy(form -> {
            form.setCombine(Combine.ANY);
            form.setTierPrivilege(true);
            form.setMinTierId(gold);
            form.setPurchaseAmount(true);
            form.setMinPurchase(new BigDecimal("1000"));
        });

        ApplicationOutcome goldMember = as(operator, () -> screening.apply(community,
                member("gold-1", gold, BigDecimal.ZERO), evidence(null, null)));
        ApplicationOutcome bigSpender = as(operator, () -> screening.apply(community,
                member("spender-1", null, new BigDecimal("1000.00")), evidence(null, null)));
        ApplicationOutcome neither = as(operator, () -> screening.apply(community,
                member("neither-1", null, new BigDecimal("999.99")), evidence(null, null)));

        assertThat(goldMember.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(goldMember.evaluation().result(ScreeningMechanism.TIER_PRIVILEGE).orElseThrow().arguments())
                .containsExactly("Gold", "Gold");
        assertThat(bigSpender.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(neither.status()).isEqualTo(MembershipStatus.PENDING_REVIEW);
        assertThat(neither.evaluation().results()).extracting(MechanismResult::reasonKey)
                .containsExactly("screening.reason.tier.none", "screening.reason.purchase.below");
    }

    @Test
    void allWaitsForReviewWhenOneAutomaticCheckFails() {
        UUID gold = data.tier(tenant, "Gold", 2);
        UUID silver = data.tier(tenant, "Silver", 1);
        policy(form -> {
            form.setTierPrivilege(true);
            form.setMinTierId(gold);
            form.setPurchaseAmount(true);
            form.setMinPurchase(new BigDecimal("100"));
        });

        ApplicationOutcome silverSpender = as(operator, () -> screening.apply(community,
                member("silver-1", silver, new BigDecimal("500")), evidence(null, null)));

        assertThat(silverSpender.status()).as("never rejected automatically").isEqualTo(MembershipStatus.PENDING_REVIEW);
        assertThat(silverSpender.evaluation().results()).extracting(MechanismResult::outcome)
                .containsExactly(Outcome.FAILED, Outcome.PASSED);
    }

    @Test
    void anApprovedApplicantOfAFullCommunityStaysApprovedWithTheCapacity() {
        data.setCapacity(tenant, community, 1);
        assertThat(apply("first", evidence(null, null)).status()).isEqualTo(MembershipStatus.JOINED);

        ApplicationOutcome second = apply("second", evidence(null, null));

        assertThat(second.status()).isEqualTo(MembershipStatus.APPROVED);
        assertThat(second.approvedButCommunityFull()).isTrue();
        assertThat(second.fullCapacity()).isEqualTo(1);
        assertThat(status(second.membership().id())).as("the approval was committed")
                .isEqualTo(MembershipStatus.APPROVED);
    }

    @Test
    void aValidCodeAdmitsAndIsCountedOnce() {
        policy(form -> form.setInvitationCode(true));
        String code = code(2, null);

        ApplicationOutcome invited = apply("invited-1", evidence(null, code.toLowerCase()));

        assertThat(invited.status()).isEqualTo(MembershipStatus.JOINED);
        assertThat(invited.membership().invitationCodeId()).isNotNull();
        assertThat(uses(code)).isEqualTo(1);
    }

    @Test
    void anExhaustedCodeIsRefusedAndNothingIsAdded() {
        policy(form -> form.setInvitationCode(true));
        String code = code(1, null);
        apply("invited-a", evidence(null, code));

        assertRefused("invited-b", code, "screening.code.error.exhausted");
        assertThat(uses(code)).isEqualTo(1);
        assertThat(data.column(tenant, "select count(*) from member where handle = 'invited-b'", Long.class))
                .containsExactly(0L);
    }

    @Test
    void anExpiredCodeIsRefused() {
        policy(form -> form.setInvitationCode(true));
        String code = code(5, LocalDate.now(ZoneOffset.UTC).plusDays(3));
        data.update(tenant, "update invitation_code set expires_at = now() - interval '1 minute' where code = ?", code);

        assertRefused("late-1", code, "screening.code.error.expired");
        assertThat(uses(code)).isZero();
    }

    @Test
    void anUnknownCodeOrAnotherCommunitysIsRefused() {
        policy(form -> form.setInvitationCode(true));
        assertRefused("guess-1", "ZZZZZZZZ", "screening.code.error.unknown");

        String elsewhere = as(tenant.admin(), () -> codes.generate(tenant.unassignedCommunityId(), batch(1, 1, null),
                ZoneOffset.UTC)).getFirst();
        assertRefused("wrong-1", elsewhere, "screening.code.error.otherCommunity");

        Fixture other = tenants.create();
        String foreign = as(other.admin(), () -> codes.generate(other.communityId(), batch(1, 1, null),
                ZoneOffset.UTC)).getFirst();
        assertRefused("foreign-1", foreign, "screening.code.error.unknown");
    }

    @Test
    void aReadmittedMemberIsScreenedAgain() {
        ApplicationOutcome joined = apply("comeback", evidence(null, null));
        as(operator, () -> memberships.eliminate(joined.membership().id(), "Posted ads", null));
        policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("9.9"));
        });

        ApplicationOutcome again = as(operator, () -> screening.readmit(joined.membership().id(), evidence(null, null)));

        assertThat(again.status()).isEqualTo(MembershipStatus.PENDING_REVIEW);
        assertThat(again.evaluation().results()).extracting(MechanismResult::mechanism)
                .containsExactly(ScreeningMechanism.PAID_ENTRY);
    }

    @Test
    void onlyTheCommunitysOwnConditionsCanBeTicked() {
        policy(form -> {
            form.setConditionReview(true);
            form.setConditions(List.of(new ConditionLine(null, "Lessons")));
        });
        assertThatThrownBy(() -> apply("ticks-1", evidence(null, null, UUID.randomUUID())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("checkedConditionIds"));
    }

    private void assertRefused(String handle, String code, String key) {
        assertThatThrownBy(() -> apply(handle, evidence(null, code)))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(refusal.field()).isEqualTo("invitationCode");
                });
    }

    private ApplicationOutcome apply(String handle, EvidenceForm evidence) {
        return as(operator, () -> screening.apply(community, member(handle), evidence));
    }

    private PolicyDetails policy(Consumer<PolicyForm> change) {
        return as(operator, () -> {
            PolicyDetails current = policies.find(community);
            PolicyForm form = PolicyForm.of(current);
            change.accept(form);
            return policies.update(community, current.version(), form);
        });
    }

    private String code(int quota, LocalDate validUntil) {
        return as(operator, () -> codes.generate(community, batch(1, quota, validUntil), ZoneOffset.UTC)).getFirst();
    }

    static CodeBatchForm batch(int count, int quota, LocalDate validUntil) {
        CodeBatchForm form = new CodeBatchForm();
        form.setCount(count);
        form.setQuota(quota);
        form.setValidUntil(validUntil);
        return form;
    }

    private int uses(String code) {
        return data.column(tenant, "select uses from invitation_code where code = ?", Integer.class, code).getFirst();
    }

    private MembershipStatus status(UUID membershipId) {
        return as(operator, () -> memberships.find(membershipId)).orElseThrow().status();
    }

    static EvidenceForm evidence(String payment, String code, UUID... ticked) {
        return EvidenceForm.of(payment, code, null, Set.of(ticked));
    }
}
