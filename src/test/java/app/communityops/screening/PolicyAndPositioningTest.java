package app.communityops.screening;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberListService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PolicyAndPositioningTest {

    @Autowired TestTenants tenants;
    @Autowired ScreeningTestData data;
    @Autowired ScreeningPolicyService policies;
    @Autowired PositioningService positionings;
    @Autowired MemberListService lists;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void aCommunityStartsOpenWithDefaultEliminationThresholds() {
        PolicyDetails policy = as(tenant.clientUser(), () -> policies.find(tenant.communityId()));
        assertThat(policy.exists()).isFalse();
        assertThat(policy.enabledMechanisms()).isEmpty();
        assertThat(policy.currency()).isEqualTo("CNY");
        assertThat(policy.inactiveDays()).isEqualTo(60);
        assertThat(policy.warningLimit()).isEqualTo(3);
    }

    @Test
    void savesTheFeeExactlyAndTheConditionsInOrder() {
        PolicyForm form = new PolicyForm();
        form.setPaidEntry(true);
        form.setFee(new BigDecimal("19.90"));
        form.setConditionReview(true);
        form.setCriteria("Career changers who finished the trial");
        form.setConditions(List.of(new ConditionLine(null, "三节免费试听课已完成 / three free trial lessons attended"),
                new ConditionLine(null, "Résumé submitted")));
        form.setInactiveDays(30);
        form.setWarningLimit(2);

        PolicyDetails saved = as(tenant.operator(), () -> policies.update(tenant.communityId(), -1, form));

        assertThat(saved.fee()).isEqualByComparingTo("19.9");
        assertThat(saved.fee().scale()).isEqualTo(2);
        assertThat(saved.conditions()).extracting(ConditionDetails::label)
                .containsExactly("三节免费试听课已完成 / three free trial lessons attended", "Résumé submitted");
        assertThat(saved.inactiveDays()).isEqualTo(30);
        assertThat(saved.version()).isZero();
    }

    @Test
    void conditionsKeepTheirIdsWhenEditedAndReordered() {
        PolicyDetails first = save(-1, withConditions("A", "B", "C"));
        UUID a = first.conditions().get(0).id();
        UUID c = first.conditions().get(2).id();
        PolicyForm form = PolicyForm.of(first);
        form.setConditions(new ArrayList<>(List.of(new ConditionLine(c, "C renamed"), new ConditionLine(a, "A"),
                new ConditionLine(null, "D"))));

        PolicyDetails second = save(first.version(), form);

        assertThat(second.conditions()).extracting(ConditionDetails::label).containsExactly("C renamed", "A", "D");
        assertThat(second.conditions().get(0).id()).isEqualTo(c);
        assertThat(second.conditions().get(1).id()).isEqualTo(a);
    }

    @Test
    void anEnabledMechanismNeedsItsParametersWithTheMessageOnTheField() {
        PolicyForm form = new PolicyForm();
        form.setPaidEntry(true);
        form.setFee(BigDecimal.ZERO);
        form.setCurrency("cny");
        form.setConditionReview(true);
        form.setTierPrivilege(true);
        form.setPurchaseAmount(true);
        form.setMinPurchase(new BigDecimal("10.005"));
        form.setInactiveDays(0);
        form.setWarningLimit(null);

        assertThat(PolicyValidation.problems(form)).containsExactly(
                Map.entry("fee", "screening.validation.feeRequired"),
                Map.entry("currency", "screening.validation.currency"),
                Map.entry("criteria", "screening.validation.criteriaRequired"),
                Map.entry("minTierId", "screening.validation.tierRequired"),
                Map.entry("minPurchase", "screening.validation.amountDigits"),
                Map.entry("inactiveDays", "screening.validation.inactiveDays"),
                Map.entry("warningLimit", "screening.validation.warningLimit"));
        assertThatThrownBy(() -> save(-1, form)).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("screening.validation.feeRequired");
            assertThat(refusal.field()).isEqualTo("fee");
        });
    }

    @Test
    void switchedOffMechanismsNeedNothingAndATooPreciseFeeIsRefused() {
        PolicyForm off = new PolicyForm();
        off.setFee(BigDecimal.ZERO);
        assertThat(PolicyValidation.problems(off)).isEmpty();

        PolicyForm precise = new PolicyForm();
        precise.setPaidEntry(true);
        precise.setFee(new BigDecimal("19.999"));
        assertThat(PolicyValidation.problems(precise)).containsEntry("fee", "screening.validation.amountDigits");
    }

    @Test
    void theMinimumTierMustBeOneOfTheTenants() {
        Fixture other = tenants.create();
        UUID foreignTier = data.tier(other, "Diamond", 5);
        PolicyForm form = new PolicyForm();
        form.setTierPrivilege(true);
        form.setMinTierId(foreignTier);

        assertThatThrownBy(() -> save(-1, form)).isInstanceOfSatisfying(UserFacingException.class,
                refusal -> assertThat(refusal.field()).isEqualTo("minTierId"));

        UUID gold = data.tier(tenant, "Gold", 2);
        form.setMinTierId(gold);
        assertThat(save(-1, form).minTierName()).isEqualTo("Gold");
        assertThat(as(tenant.operator(), policies::tiers)).extracting(Option::name).containsExactly("Gold");
    }

    /** The members feature asks screening (ScreeningReferences) whether its lists are still in use. */
    @Test
    void aTierOrChannelThatScreeningStillNamesIsNotDeleted() {
        UUID gold = data.tier(tenant, "Gold", 2);
        UUID forum = data.channel(tenant, "Tech forum");
        PolicyForm policy = new PolicyForm();
        policy.setTierPrivilege(true);
        policy.setMinTierId(gold);
        save(-1, policy);
        PositioningForm positioning = new PositioningForm();
        positioning.setChannelIds(Set.of(forum));
        as(tenant.operator(), () -> positionings.update(tenant.communityId(), -1, positioning));

        assertThatThrownBy(() -> as(tenant.admin(), () -> {
            lists.deleteTier(gold);
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("members.lists.error.tierInUse");
            assertThat(refusal.arguments()).containsExactly("Gold", 0L, 1L);
        });
        assertThatThrownBy(() -> as(tenant.admin(), () -> {
            lists.deleteChannel(forum);
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo("members.lists.error.channelInUse");
            assertThat(refusal.arguments()).containsExactly("Tech forum", 0L, 1L);
        });
    }

    @Test
    void aStaleVersionIsRefused() {
        PolicyDetails saved = save(-1, new PolicyForm());
        save(saved.version(), new PolicyForm());
        assertThatThrownBy(() -> save(saved.version(), new PolicyForm())).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> save(-1, new PolicyForm())).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void positioningKeepsValueTagsApartFromFreeTags() {
        UUID forums = data.channel(tenant, "Product/ops/tech forums");
        UUID apps = data.channel(tenant, "Recruiting apps");
        PositioningForm form = new PositioningForm();
        form.setWho("Internet professionals; career changers with no experience");
        form.setPersonas(Set.of(" internet professionals ", "career changers", ""));
        form.setChannelIds(Set.of(forums, apps));
        form.setWhy("Practical knowledge and answers from people already in the job");
        form.setValues(Set.of(ValueTag.KNOWLEDGE, ValueTag.ANSWERS, ValueTag.NETWORK));
        form.setFreeTags(Set.of("offers", "knowledge"));

        PositioningDetails saved = as(tenant.operator(), () -> positionings.update(tenant.communityId(), -1, form));

        assertThat(saved.personas()).containsExactlyInAnyOrder("internet professionals", "career changers");
        assertThat(saved.channelIds()).containsExactlyInAnyOrder(forums, apps);
        assertThat(saved.values()).containsExactlyInAnyOrder(ValueTag.KNOWLEDGE, ValueTag.ANSWERS, ValueTag.NETWORK);
        assertThat(saved.freeTags()).containsExactly("offers");
        assertThat(as(tenant.clientUser(), () -> positionings.find(tenant.communityId()))).isEqualTo(saved);
        assertThat(as(tenant.clientUser(), positionings::channels)).extracting(Option::name)
                .containsExactly("Product/ops/tech forums", "Recruiting apps");
    }

    @Test
    void positioningRefusesAnotherTenantsChannelAndStaleVersions() {
        Fixture other = tenants.create();
        UUID foreign = data.channel(other, "Their forum");
        PositioningForm form = new PositioningForm();
        form.setChannelIds(Set.of(foreign));
        assertThatThrownBy(() -> as(tenant.operator(), () -> positionings.update(tenant.communityId(), -1, form)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        refusal -> assertThat(refusal.field()).isEqualTo("channelIds"));

        PositioningForm plain = new PositioningForm();
        plain.setWho("Anyone");
        as(tenant.operator(), () -> positionings.update(tenant.communityId(), -1, plain));
        assertThatThrownBy(() -> as(tenant.operator(), () -> positionings.update(tenant.communityId(), -1, plain)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void tooLongATagIsRefusedRatherThanCut() {
        PositioningForm form = new PositioningForm();
        form.setPersonas(Set.of("x".repeat(61)));
        assertThatThrownBy(() -> as(tenant.operator(), () -> positionings.update(tenant.communityId(), -1, form)))
                .isInstanceOfSatisfying(UserFacingException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("screening.validation.tagTooLong");
                    assertThat(refusal.field()).isEqualTo("personas");
                });
    }

    private PolicyDetails save(long version, PolicyForm form) {
        return as(tenant.operator(), () -> policies.update(tenant.communityId(), version, form));
    }

    private static PolicyForm withConditions(String... labels) {
        PolicyForm form = new PolicyForm();
        form.setConditionReview(true);
        form.setConditions(new ArrayList<>(java.util.Arrays.stream(labels).map(l -> new ConditionLine(null, l)).toList()));
        return form;
    }
}
