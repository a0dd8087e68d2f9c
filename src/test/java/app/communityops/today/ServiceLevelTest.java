package app.communityops.today;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.community.CommunityService;
import app.communityops.security.AccountService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The service level's arithmetic on a fixed clock: what is due in the period, on time, late, overdue, the rate. */
@IntegrationTest
class ServiceLevelTest {

    @Autowired TestTenants tenants;
    @Autowired TaskQueries queries;
    @Autowired CommunityService communities;
    @Autowired AccountService accounts;
    @Autowired TenantZone zones;
    @Autowired ServiceLevelService guarded;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    AppPrincipal second;
    ZoneId zone;
    TransactionTemplate transactions;
    ServiceLevelService levels;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        second = tenants.operatorOfCommunity(tenant, "second");
        zone = zones.of(tenant.tenantId());
        transactions = new TransactionTemplate(transactionManager);
        // Now is 20 November, noon in the tenant's zone.
        Clock clock = Clock.fixed(at(11, 20, 12, 0), zone);
        levels = new ServiceLevelService(queries, communities, accounts, zones, clock);
    }

    @Test
    void countsWhatWasDueInThePeriodByWhoDidItOrHoldsIt() {
        UUID operator = tenant.operator().userId();
        task("on time", at(11, 5, 10, 0), operator, at(11, 5, 9, 0), operator);
        task("late", at(11, 6, 10, 0), operator, at(11, 7, 8, 0), operator);
        task("done at the very minute", at(11, 8, 10, 0), null, at(11, 8, 10, 0), second.userId());
        task("open past due", at(11, 10, 10, 0), operator, null, null);
        task("open, due later this month", at(11, 25, 10, 0), null, null, null);
        task("due the evening before the period", at(10, 31, 23, 30), operator, at(10, 31, 20, 0), operator);
        task("due after the period", at(12, 2, 10, 0), operator, at(11, 3, 10, 0), operator);
        UUID cancelledIn = tenant.unassignedCommunityId();
        inTenant(() -> {
            queries.insertManual(cancelledIn, null, "cancelled", null, at(11, 12, 10, 0), operator, at(11, 1, 0, 0));
            queries.cancelOpen(cancelledIn, TaskInbox.ARCHIVED);
        });

        ServiceLevel level = level(() -> levels.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));

        assertThat(level.total()).isEqualTo(new ServiceLevelRow(null, "", 5, 2, 1, 1, 1));
        assertThat(level.total().onTimeRate()).isEqualTo(0.5);
        assertThat(level.byOperator()).containsExactly(
                new ServiceLevelRow(operator, tenant.operator().displayName(), 3, 1, 1, 1, 0),
                new ServiceLevelRow(second.userId(), second.displayName(), 1, 1, 0, 0, 0),
                new ServiceLevelRow(null, "", 1, 0, 0, 0, 1));
        assertThat(level.byOperator().get(0).onTimeRate()).isEqualTo(1.0 / 3);
        assertThat(level.byOperator().get(1).onTimeRate()).isEqualTo(1.0);
        assertThat(level.byOperator().get(2).onTimeRate()).as("nothing settled yet").isNull();
        assertThat(level.byCommunity()).extracting(ServiceLevelRow::id).containsExactly(tenant.communityId());

        ServiceLevel community = level(() -> levels.ofCommunity(tenant.communityId(),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(community.total()).isEqualTo(level.total());
        ServiceLevel quiet = level(() -> levels.ofCommunity(tenant.unassignedCommunityId(),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(quiet.isEmpty()).isTrue();
    }

    @Test
    void aPeriodMustRunForwardsAndStayWithinAYearAndOnlyAdminsSeeIt() {
        assertThatThrownBy(() -> as(tenant.admin(), () -> levels.of(LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 1)))).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "today.serviceLevel.error.order");
        assertThatThrownBy(() -> as(tenant.admin(), () -> levels.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 11, 1)))).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "today.serviceLevel.error.tooLong");
        assertThatThrownBy(() -> as(tenant.operator(), () -> guarded.of(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> guarded.ofCommunity(tenant.otherClientCommunityId(),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.operator(), () -> guarded.ofCommunity(tenant.unassignedCommunityId(),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))).isInstanceOf(NotFoundException.class);
    }

    private void task(String title, Instant due, @Nullable UUID assignee, @Nullable Instant doneAt,
                      @Nullable UUID doneBy) {
        inTenant(() -> {
            UUID id = queries.insertManual(tenant.communityId(), null, title, assignee, due, tenant.admin().userId(),
                    at(10, 1, 0, 0));
            if (doneAt != null && doneBy != null) {
                queries.markDone(id, 0, doneBy, doneAt);
            }
        });
    }

    /** The hand-made service (its clock fixed) has no proxy: the transaction that sets the tenant is opened here. */
    private ServiceLevel level(Supplier<ServiceLevel> work) {
        return as(tenant.admin(), () -> transactions.execute(status -> work.get()));
    }

    private Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(zone).toInstant();
    }

    private void inTenant(Runnable work) {
        TenantContext.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> work.run()));
    }
}
