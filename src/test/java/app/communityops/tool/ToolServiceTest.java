package app.communityops.tool;

import static app.communityops.tool.ToolTestData.form;
import static app.communityops.tool.ToolTestData.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ToolServiceTest {

    @Autowired
    ToolService tools;
    @Autowired
    ToolSettingsService settings;
    @Autowired
    TestTenants tenants;

    Fixture tenant;
    UUID category;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        category = ToolTestData.category(settings, tenant);
    }

    @Test
    void aYearlyPriceCostsATwelfthAMonthSplitEvenlyOrByWeight() {
        ToolSummary even = ToolTestData.create(tools, tenant, form("SCRM", category, "1200", "CNY", BillingPeriod.YEAR,
                CostSplit.EVEN, List.of(usage(tenant.communityId(), "1"), usage(tenant.unassignedCommunityId(), "1"),
                        usage(tenant.otherClientCommunityId(), "1"))));
        assertThat(even.monthlyCost()).isEqualByComparingTo("100");
        assertThat(even.usages()).extracting(UsageShare::monthlyShare)
                .allSatisfy(share -> assertThat(share).isEqualByComparingTo("33.33"));

        ToolSummary weighted = ToolTestData.create(tools, tenant, form("Forms", category, "90", "CNY",
                BillingPeriod.MONTH, CostSplit.WEIGHT, List.of(usage(tenant.communityId(), "2"),
                        usage(tenant.unassignedCommunityId(), "1"))));
        assertThat(weighted.usages()).extracting(UsageShare::monthlyShare)
                .containsExactly(new BigDecimal("60.00"), new BigDecimal("30.00"));
    }

    @Test
    void totalsArePerCurrencyAndLeaveOutCancelledAndUnpricedTools() {
        ToolTestData.create(tools, tenant, form("A", category, "1200", "CNY", BillingPeriod.YEAR, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"), usage(tenant.unassignedCommunityId(), "1"))));
        ToolTestData.create(tools, tenant, form("B", category, "50", "CNY", BillingPeriod.MONTH, CostSplit.WEIGHT,
                List.of(usage(tenant.communityId(), "3"), usage(tenant.unassignedCommunityId(), "1"))));
        ToolTestData.create(tools, tenant, form("C", category, "20", "USD", BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"))));
        ToolForm cancelled = form("D", category, "999", "CNY", BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1")));
        cancelled.setStatus(ToolStatus.CANCELLED);
        ToolTestData.create(tools, tenant, cancelled);
        ToolTestData.create(tools, tenant, form("E", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                List.of(usage(tenant.communityId(), "1"))));

        SignedIn.run(tenant.admin(), () -> {
            assertThat(tools.totalsByCategory()).extracting(CostTotal::currency, t -> t.monthly().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CNY", "150.00"),
                            org.assertj.core.groups.Tuple.tuple("USD", "20.00"));
            assertThat(tools.totalsByCommunity()).filteredOn(t -> t.key().equals(tenant.communityId()))
                    .extracting(CostTotal::currency, t -> t.monthly().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CNY", "87.50"),
                            org.assertj.core.groups.Tuple.tuple("USD", "20.00"));
            assertThat(tools.totalsByCommunity()).filteredOn(t -> t.key().equals(tenant.unassignedCommunityId()))
                    .extracting(t -> t.monthly().toPlainString()).containsExactly("62.50");
            assertThat(tools.forCommunity(tenant.communityId())).extracting(CommunityTool::name, CommunityTool::monthlyShare)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A", new BigDecimal("50.00")),
                            org.assertj.core.groups.Tuple.tuple("B", new BigDecimal("37.50")),
                            org.assertj.core.groups.Tuple.tuple("C", new BigDecimal("20.00")),
                            org.assertj.core.groups.Tuple.tuple("D", null),
                            org.assertj.core.groups.Tuple.tuple("E", null));
        });
    }

    @Test
    void operatorsReadToolsButOnlyTheirCommunitiesAndChangeNothing() {
        ToolSummary shared = ToolTestData.create(tools, tenant, form("Shared", category, "100", "CNY",
                BillingPeriod.MONTH, CostSplit.EVEN, List.of(usage(tenant.communityId(), "1"),
                        usage(tenant.unassignedCommunityId(), "1"))));

        SignedIn.run(tenant.operator(), () -> {
            assertThat(tools.list()).singleElement().satisfies(tool -> assertThat(tool.usages())
                    .extracting(UsageShare::communityId).containsExactly(tenant.communityId()));
            assertThat(tools.totalsByCommunity()).extracting(CostTotal::key).containsExactly(tenant.communityId());
            assertThat(tools.forCommunity(tenant.communityId())).hasSize(1);
            assertThatThrownBy(() -> tools.forCommunity(tenant.unassignedCommunityId()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tools.create(form("X", category, null, null, BillingPeriod.MONTH,
                    CostSplit.EVEN, List.of()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tools.delete(shared.id(), shared.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> settings.createCategory("Mine")).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void clientsSeeOnlyTheirOwnCommunitysTools() {
        ToolTestData.create(tools, tenant, form("Shared", category, "100", "CNY", BillingPeriod.MONTH,
                CostSplit.EVEN, List.of(usage(tenant.communityId(), "1"), usage(tenant.otherClientCommunityId(), "1"))));

        SignedIn.run(tenant.clientUser(), () -> {
            assertThat(tools.forCommunity(tenant.communityId())).extracting(CommunityTool::monthlyShare)
                    .containsExactly(new BigDecimal("50.00"));
            assertThatThrownBy(() -> tools.forCommunity(tenant.otherClientCommunityId()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> tools.list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tools.totalsByCategory()).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void refusalsNameTheirField() {
        ToolTestData.create(tools, tenant, form("Taken", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                List.of()));
        Fixture other = tenants.create();
        SignedIn.run(tenant.admin(), () -> {
            assertThat(refusal(form("taken", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN, List.of())))
                    .isEqualTo("name");
            assertThat(refusal(form("N1", category, "10", null, BillingPeriod.MONTH, CostSplit.EVEN, List.of())))
                    .isEqualTo("currency");
            assertThat(refusal(form("N2", category, "10", "yuan", BillingPeriod.MONTH, CostSplit.EVEN, List.of())))
                    .isEqualTo("currency");
            assertThat(refusal(form("N3", UUID.randomUUID(), null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                    List.of()))).isEqualTo("categoryId");
            assertThat(refusal(form("N4", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN,
                    List.of(usage(other.communityId(), "1"))))).isEqualTo("usages");
            assertThat(refusal(form("N5", category, null, null, BillingPeriod.MONTH, CostSplit.WEIGHT,
                    List.of(usage(tenant.communityId(), "0"))))).isEqualTo("usages");
            ToolForm clientOwner = form("N6", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN, List.of());
            clientOwner.setOwnerId(tenant.clientUser().userId());
            assertThat(refusal(clientOwner)).isEqualTo("ownerId");
            ToolForm badLink = form("N7", category, null, null, BillingPeriod.MONTH, CostSplit.EVEN, List.of());
            badLink.setLink("javascript:alert(1)");
            assertThat(refusal(badLink)).isEqualTo("link");
        });
    }

    @Test
    void aStaleVersionIsRefused() {
        ToolSummary tool = ToolTestData.create(tools, tenant, form("V", category, null, null, BillingPeriod.MONTH,
                CostSplit.EVEN, List.of()));
        SignedIn.run(tenant.admin(), () -> {
            ToolForm changed = ToolForm.of(tool);
            changed.setVendor("New vendor");
            tools.update(tool.id(), tool.version(), changed);
            assertThatThrownBy(() -> tools.update(tool.id(), tool.version(), ToolForm.of(tool)))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThatThrownBy(() -> tools.delete(tool.id(), tool.version()))
                    .isInstanceOf(ConcurrentEditException.class);
        });
    }

    @Test
    void categoriesStartWithTheEightAndAreTheTenantsToEdit() {
        SignedIn.run(tenant.admin(), () -> {
            assertThat(settings.categories()).hasSize(8).extracting(CategorySummary::name)
                    .contains("SCRM / CRM", "Payment 支付");
            CategorySummary used = settings.categories().getFirst();
            ToolTestData.create(tools, tenant, form("Uses it", used.id(), null, null, BillingPeriod.MONTH,
                    CostSplit.EVEN, List.of()));
            assertThatThrownBy(() -> settings.deleteCategory(used.id(), used.version()))
                    .isInstanceOf(UserFacingException.class).hasMessage("tool.error.categoryInUse");
            CategorySummary unused = settings.categories().getLast();
            settings.deleteCategory(unused.id(), unused.version());
            CategorySummary renamed = settings.renameCategory(used.id(), used.version(), "Analytics");
            assertThatThrownBy(() -> settings.createCategory("analytics")).isInstanceOf(UserFacingException.class);
            assertThat(settings.categories()).hasSize(7).extracting(CategorySummary::name).contains(renamed.name());

            assertThat(settings.reminderDays()).isEqualTo(ToolSettingsService.DEFAULT_REMINDER_DAYS);
            settings.setReminderDays(7);
            assertThat(settings.reminderDays()).isEqualTo(7);
            assertThatThrownBy(() -> settings.setReminderDays(0)).isInstanceOf(UserFacingException.class);
        });
    }

    private String refusal(ToolForm form) {
        try {
            tools.create(form);
        } catch (UserFacingException refused) {
            return refused.field();
        }
        throw new AssertionError("not refused: " + form.getName());
    }
}
