package app.communityops.members.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.HealthSegment;
import app.communityops.members.MemberTestData;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.scheduling.TenantJobs;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The thresholds: defaults, validation naming the field, optimistic locking, reset, preview, and the job's runs. */
@IntegrationTest
class HealthSettingsServiceTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData members;
    @Autowired
    HealthSettingsService service;
    @Autowired
    HealthJobWork work;
    @Autowired
    TenantJobs jobs;

    private Fixture tenant;

    @BeforeEach
    void tenant() {
        tenant = tenants.create();
    }

    @Test
    void aTenantStartsWithTheDocumentedDefaultsAndNoScores() {
        HealthOverview overview = SignedIn.as(tenant.admin(), service::overview);
        assertThat(overview.settings()).isEqualTo(HealthSettings.DEFAULTS);
        assertThat(overview.segments()).isEmpty();
        assertThat(overview.computedAt()).isNull();
        assertThat(overview.recomputePending()).isFalse();
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertRefused(new HealthSettings(45, 45, 25, 10, 14, 60, 4, 0), "championMin");
        assertRefused(new HealthSettings(70, 20, 25, 10, 14, 60, 4, 0), "steadyMin");
        assertRefused(new HealthSettings(70, 45, 10, 10, 14, 60, 4, 0), "atRiskMin");
        assertRefused(new HealthSettings(101, 45, 25, 10, 14, 60, 4, 0), "championMin");
        assertRefused(new HealthSettings(70, 45, 25, 0, 14, 60, 4, 0), "slippingMin");
        assertRefused(new HealthSettings(70, 45, 25, 10, 91, 60, 4, 0), "newDays");
        assertRefused(new HealthSettings(70, 45, 25, 10, 14, 6, 4, 0), "dormantDays");
        assertRefused(new HealthSettings(70, 45, 25, 10, 14, 60, 21, 0), "activitiesCounted");
    }

    @Test
    void aSaveOverAnotherAdminsSaveIsRefused() {
        HealthSettings mine = new HealthSettings(80, 50, 30, 15, 7, 45, 6, 0);
        HealthSettings saved = SignedIn.as(tenant.admin(), () -> service.save(mine));
        assertThat(saved).isEqualTo(mine.withVersion(1));
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> service.save(mine.withVersion(0))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> service.resetToDefaults(0)))
                .isInstanceOf(ConcurrentEditException.class);

        HealthSettings reset = SignedIn.as(tenant.admin(), () -> service.resetToDefaults(1));
        assertThat(reset).isEqualTo(HealthSettings.DEFAULTS.withVersion(2));
    }

    @Test
    void savingAsksTheJobToRecomputeWhichItDoesOnce() {
        members.addOne(tenant.tenantId(), tenant.communityId(), MemberTestData.Spec.of("Quiet", "quiet-"
                + UUID.randomUUID(), MembershipStatus.JOINED).dates(Instant.now().minus(Duration.ofDays(41)),
                Instant.now().minus(Duration.ofDays(40)), null));
        assertThat(jobs.inTenant(tenant.tenantId(), work::runIfDue)).as("the first run of the tenant").isPresent();
        assertThat(jobs.inTenant(tenant.tenantId(), work::runIfDue)).as("already computed today").isEmpty();
        assertThat(SignedIn.as(tenant.admin(), service::overview).segments())
                .isEqualTo(Map.of(HealthSegment.SLIPPING, 1));

        // silent 40 days: dormant from 30 silent days
        HealthSettings stricter = new HealthSettings(70, 45, 25, 10, 14, 30, 4, 0);
        assertThat(SignedIn.as(tenant.admin(), () -> service.preview(stricter)))
                .isEqualTo(Map.of(HealthSegment.DORMANT, 1));
        SignedIn.as(tenant.admin(), () -> service.save(stricter));
        assertThat(SignedIn.as(tenant.admin(), service::overview).recomputePending()).isTrue();

        assertThat(jobs.inTenant(tenant.tenantId(), work::runIfDue)).as("asked for by the save").isPresent();
        HealthOverview after = SignedIn.as(tenant.admin(), service::overview);
        assertThat(after.recomputePending()).isFalse();
        assertThat(after.computedAt()).isNotNull();
        assertThat(after.segments()).isEqualTo(Map.of(HealthSegment.DORMANT, 1));
        assertThat(jobs.inTenant(tenant.tenantId(), work::runIfDue)).isEmpty();
    }

    @Test
    void onlyTenantAdminsReadOrChangeTheThresholds() {
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), service::overview))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> service.save(HealthSettings.DEFAULTS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(HealthSettings settings, String field) {
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> service.save(settings)))
                .isInstanceOfSatisfying(UserFacingException.class, refused ->
                        assertThat(refused.field()).isEqualTo(field));
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> service.preview(settings)))
                .isInstanceOf(UserFacingException.class);
    }
}
