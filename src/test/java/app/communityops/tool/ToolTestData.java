package app.communityops.tool;

import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Tools for tests, created through the service as the tenant admin. */
public final class ToolTestData {

    private ToolTestData() {
    }

    public static UUID category(ToolSettingsService settings, Fixture tenant) {
        return SignedIn.as(tenant.admin(), () -> settings.categories().getFirst().id());
    }

    public static ToolForm form(String name, UUID categoryId, @Nullable String amount, @Nullable String currency,
                                BillingPeriod period, CostSplit split, List<ToolUsage> usages) {
        ToolForm form = new ToolForm();
        form.setName(name);
        form.setCategoryId(categoryId);
        form.setCostAmount(amount == null ? null : new BigDecimal(amount));
        form.setCurrency(currency);
        form.setBillingPeriod(period);
        form.setSplit(split);
        form.setUsages(usages);
        return form;
    }

    public static ToolSummary create(ToolService tools, Fixture tenant, ToolForm form) {
        return SignedIn.as(tenant.admin(), () -> tools.create(form));
    }

    public static ToolForm renewing(String name, UUID categoryId, LocalDate renewal, @Nullable UUID owner) {
        ToolForm form = form(name, categoryId, "100", "CNY", BillingPeriod.MONTH, CostSplit.EVEN, List.of());
        form.setRenewalDate(renewal);
        form.setOwnerId(owner);
        return form;
    }

    public static ToolUsage usage(UUID communityId, String weight) {
        return new ToolUsage(communityId, new BigDecimal(weight));
    }
}
