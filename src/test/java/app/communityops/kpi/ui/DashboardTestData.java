package app.communityops.kpi.ui;

import app.communityops.kpi.KpiTestData;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Members who joined today in the tenant's zone, so they count in the running month whenever a test runs. */
@Component
class DashboardTestData {

    private final KpiTestData data;
    private final TenantDirectory directory;

    DashboardTestData(KpiTestData data, TenantDirectory directory) {
        this.data = data;
        this.directory = directory;
    }

    /** {@code count} members who joined the community a minute into today; answers the member ids. */
    UUID[] joinedToday(Fixture tenant, UUID community, int count) {
        Instant at = startOfToday(tenant).plusSeconds(60);
        UUID[] members = new UUID[count];
        for (int i = 0; i < count; i++) {
            UUID[] member = data.member(tenant, community, "member" + i);
            data.history(tenant, community, member[1], "JOINED", at);
            members[i] = member[0];
        }
        return members;
    }

    LocalDate today(Fixture tenant) {
        return LocalDate.now(zone(tenant));
    }

    private Instant startOfToday(Fixture tenant) {
        ZoneId zone = zone(tenant);
        return LocalDate.now(zone).atStartOfDay(zone).toInstant();
    }

    private ZoneId zone(Fixture tenant) {
        return SignedIn.as(tenant.admin(), () -> directory.zone(tenant.tenantId()));
    }
}
