package app.communityops.screening;

import static app.communityops.screening.ScreeningServiceTest.batch;
import static app.communityops.screening.ScreeningServiceTest.evidence;
import static app.communityops.screening.ScreeningTestData.member;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.community.CommunitySummary;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CodesQueueAndEliminationTest {

    @Autowired TestTenants tenants;
    @Autowired ScreeningTestData data;
    @Autowired ScreeningService screening;
    @Autowired ScreeningPolicyService policies;
    @Autowired InvitationCodeService codes;
    @Autowired ReviewQueueService queue;
    @Autowired RedLineService redLines;
    @Autowired EliminationService elimination;
    @Autowired MembershipService memberships;

    Fixture tenant;
    UUID community;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        community = tenant.communityId();
    }

    @Test
    void aBatchOfUnguessableCodesWithQuotaExpiryAndOwner() {
        CodeBatchForm form = batch(25, 3, LocalDate.of(2099, 12, 31));
        form.setOwnerUserId(tenant.operator().userId());

        List<String> generated = as(tenant.operator(), () -> codes.generate(community, form, ZoneId.of("Asia/Shanghai")));

        assertThat(generated).hasSize(25).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).hasSize(8).matches("[" + CodeGenerator.ALPHABET + "]+"));
        List<InvitationCodeSummary> listed = as(tenant.operator(), () -> codes.list(community, 0, 50));
        assertThat(listed).hasSize(25).allSatisfy(code -> {
            assertThat(code.quota()).isEqualTo(3);
            assertThat(code.uses()).isZero();
            assertThat(code.status()).isEqualTo(CodeStatus.ACTIVE);
            assertThat(code.ownerName()).isEqualTo(tenant.operator().displayName());
            assertThat(code.expiresAt()).as("valid to the end of the day in Shanghai")
                    .isEqualTo(Instant.parse("2099-12-31T16:00:00Z"));
        });
        assertThat(as(tenant.operator(), () -> codes.count(community))).isEqualTo(25);
    }

    @Test
    void theCodesGridShowsUsesStatusAndTheMembersEachCodeBroughtIn() {
        String code = as(tenant.operator(), () -> codes.generate(community, batch(1, 2, null), ZoneOffset.UTC))
                .getFirst();
        as(tenant.operator(), () -> screening.apply(community, member("ref-1"), evidence(null, code)));
        as(tenant.operator(), () -> screening.apply(community, member("ref-2"), evidence(null, code)));

        InvitationCodeSummary listed = as(tenant.operator(), () -> codes.list(community, 0, 10)).getFirst();
        assertThat(listed.uses()).isEqualTo(2);
        assertThat(listed.broughtIn()).isEqualTo(2);
        assertThat(listed.status()).isEqualTo(CodeStatus.EXHAUSTED);
        assertThat(as(tenant.operator(), () -> codes.broughtIn(listed.id()))).extracting(BroughtInMember::memberHandle)
                .containsExactlyInAnyOrder("ref-1", "ref-2");
    }

    @Test
    void aCodeOwnerMustBeStaffOrAMemberOfTheCommunityAndNotBoth() {
        CodeBatchForm both = batch(1, 1, null);
        both.setOwnerUserId(tenant.operator().userId());
        both.setOwnerMemberId(UUID.randomUUID());
        assertRefused(both, "screening.code.error.oneOwner", "ownerMemberId");

        CodeBatchForm client = batch(1, 1, null);
        client.setOwnerUserId(tenant.clientUser().userId());
        assertRefused(client, "screening.code.error.ownerUnknown", "ownerUserId");

        MembershipSummary referrer = as(tenant.operator(), () -> screening.apply(community, member("referrer"),
                evidence(null, null))).membership();
        CodeBatchForm byMember = batch(1, 1, null);
        byMember.setOwnerMemberId(referrer.memberId());
        as(tenant.operator(), () -> codes.generate(community, byMember, ZoneOffset.UTC));
        assertThat(as(tenant.operator(), () -> codes.list(community, 0, 1)).getFirst().ownerName())
                .isEqualTo("Member referrer");
        assertThat(as(tenant.operator(), () -> codes.memberOwners(community, "REFER", 10)))
                .extracting(Option::id).containsExactly(referrer.memberId());
    }

    @Test
    void anExpiryInThePastIsRefused() {
        assertRefused(batch(1, 1, LocalDate.now(ZoneOffset.UTC).minusDays(1)), "screening.code.error.pastExpiry",
                "validUntil");
    }

    @Test
    void theReviewQueueListsPendingApplicationsOldestFirstWithTheirOutcomes() {
        policy(form -> {
            form.setPaidEntry(true);
            form.setFee(new BigDecimal("19.90"));
        });
        as(tenant.operator(), () -> screening.apply(community, member("first"), evidence(null, null)));
        as(tenant.operator(), () -> screening.apply(community, member("paid"), evidence("WX", null)));
        as(tenant.operator(), () -> screening.apply(community, member("second"), evidence(null, null)));

        List<ReviewItem> pending = as(tenant.operator(), () -> queue.pending(community, 0, 10));

        assertThat(pending).extracting(ReviewItem::memberHandle).containsExactly("first", "second");
        assertThat(pending.getFirst().evaluation().results().getFirst().reasonKey())
                .isEqualTo("screening.reason.paid.missing");
        assertThat(as(tenant.operator(), () -> queue.count(community))).isEqualTo(2);
        Map<CommunitySummary, Integer> counts = as(tenant.operator(), queue::pendingByCommunity);
        assertThat(counts).hasSize(1);
        assertThat(counts.values()).containsExactly(2);
    }

    @Test
    void eliminationCandidatesAreTheSilentAndTheWarnedOut() {
        policy(form -> {
            form.setInactiveDays(30);
            form.setWarningLimit(2);
        });
        Instant now = Instant.now();
        UUID silent = joined("silent");
        UUID neverActive = joined("never-active");
        UUID active = joined("active");
        UUID warned = joined("warned");
        UUID newcomer = joined("newcomer");
        data.setActivity(tenant, silent, now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(31)));
        data.setActivity(tenant, neverActive, now.minus(Duration.ofDays(31)), null);
        data.setActivity(tenant, active, now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(29)));
        data.setActivity(tenant, newcomer, now.minus(Duration.ofDays(2)), null);
        as(tenant.operator(), () -> elimination.warn(warned, "Spam", null));
        as(tenant.operator(), () -> elimination.warn(warned, "Spam again", null));

        List<EliminationCandidate> candidates = as(tenant.operator(), () -> elimination.candidates(community, 0, 10));

        assertThat(candidates).extracting(EliminationCandidate::membershipId)
                .containsExactly(warned, silent, neverActive);
        assertThat(candidates.get(0).warnedOut()).isTrue();
        assertThat(candidates.get(0).inactive()).isFalse();
        assertThat(candidates.get(1).inactive()).isTrue();
        assertThat(candidates.get(2).lastActiveAt()).isNull();
        assertThat(as(tenant.operator(), () -> elimination.candidateCount(community))).isEqualTo(3);
    }

    @Test
    void warningsAndEliminationsCiteOnlyTheCommunitysActiveRedLines() {
        UUID member = joined("rule-breaker");
        RedLineDetails ads = as(tenant.operator(), () -> redLines.add(community, RedLineForm.of("发广告 / posting ads")));
        RedLineDetails old = as(tenant.operator(), () -> redLines.add(community, RedLineForm.of("Old rule")));
        as(tenant.operator(), () -> redLines.setActive(old.id(), old.version(), false));
        RedLineDetails elsewhere = as(tenant.admin(), () -> redLines.add(tenant.unassignedCommunityId(),
                RedLineForm.of("Elsewhere")));

        assertRedLineRefused(() -> elimination.warn(member, "Ads", old.id()));
        assertRedLineRefused(() -> elimination.warn(member, "Ads", elsewhere.id()));

        assertThat(as(tenant.operator(), () -> elimination.warn(member, "Ads", ads.id())).warningCount()).isEqualTo(1);
        assertThatThrownBy(() -> as(tenant.operator(), () -> elimination.eliminate(member, " ", ads.id())))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("reason"));
        MembershipSummary out = as(tenant.operator(), () -> elimination.eliminate(member, "Ads after warning", ads.id()));
        assertThat(out.status()).isEqualTo(MembershipStatus.ELIMINATED);
        assertThat(as(tenant.operator(), () -> memberships.history(member))).last()
                .satisfies(event -> assertThat(event.redLine()).isEqualTo("发广告 / posting ads"));
    }

    @Test
    void redLinesAreEditedAndDeactivatedOverTheLoadedVersion() {
        RedLineDetails line = as(tenant.operator(), () -> redLines.add(community, RedLineForm.of("人身攻击")));
        RedLineDetails edited = as(tenant.operator(), () -> redLines.update(line.id(), line.version(),
                RedLineForm.of("人身攻击 / personal attacks")));
        assertThat(edited.text()).isEqualTo("人身攻击 / personal attacks");
        assertThatThrownBy(() -> as(tenant.operator(), () -> redLines.setActive(line.id(), line.version(), false)))
                .isInstanceOf(app.communityops.shared.ConcurrentEditException.class);
        assertThatThrownBy(() -> as(tenant.operator(), () -> redLines.add(community, RedLineForm.of("  "))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("text"));
        assertThat(as(tenant.clientUser(), () -> redLines.list(community))).extracting(RedLineDetails::text)
                .containsExactly("人身攻击 / personal attacks");
    }

    private UUID joined(String handle) {
        return as(tenant.operator(), () -> screening.apply(community, member(handle), evidence(null, null)))
                .membership().id();
    }

    private void assertRedLineRefused(java.util.function.Supplier<?> work) {
        assertThatThrownBy(() -> as(tenant.operator(), work)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo("screening.redLine.error.unknown"));
    }

    private void assertRefused(CodeBatchForm form, String key, String field) {
        assertThatThrownBy(() -> as(tenant.operator(), () -> codes.generate(community, form, ZoneOffset.UTC)))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(key);
                    assertThat(refusal.field()).isEqualTo(field);
                });
    }

    private void policy(java.util.function.Consumer<PolicyForm> change) {
        as(tenant.operator(), () -> {
            PolicyDetails current = policies.find(community);
            PolicyForm form = PolicyForm.of(current);
            change.accept(form);
            return policies.update(community, current.version(), form);
        });
    }
}
