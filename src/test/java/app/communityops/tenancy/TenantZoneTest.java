package app.communityops.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TenantZoneTest {

    @Autowired TestTenants tenants;
    @Autowired TenantZone zones;
    @Autowired TenantService tenantService;
    @Autowired TenantDirectory directory;

    @Test
    void theSignedInUsersTenantZoneFollowsAChangeAtOnce() {
        Fixture tenant = tenants.create();
        assertThat(SignedIn.as(tenant.operator(), zones::current)).isEqualTo(ZoneId.of("Asia/Shanghai"));

        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        long version = directory.require(tenant.tenantId()).version();
        SignedIn.run(tenants.platformAdmin(), () -> tenantService.changeTimeZone(tenant.tenantId(), version, losAngeles));

        assertThat(SignedIn.as(tenant.operator(), zones::current)).isEqualTo(losAngeles);
        assertThat(SignedIn.as(tenant.admin(), zones::current)).isEqualTo(losAngeles);
    }

    @Test
    void eachTenantHasItsOwn() {
        Fixture first = tenants.create();
        Fixture second = tenants.create();
        long version = directory.require(second.tenantId()).version();
        SignedIn.run(tenants.platformAdmin(),
                () -> tenantService.changeTimeZone(second.tenantId(), version, ZoneId.of("Europe/Berlin")));

        assertThat(SignedIn.as(first.operator(), zones::current)).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(SignedIn.as(second.operator(), zones::current)).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void outsideAnyTenantThereIsNone() {
        assertThatThrownBy(() -> SignedIn.as(tenants.platformAdmin(), zones::current))
                .isInstanceOf(NotFoundException.class);
    }
}
