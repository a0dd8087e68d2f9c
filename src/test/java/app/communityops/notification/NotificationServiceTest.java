package app.communityops.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NotificationServiceTest {

    private static final Notice NOTICE = Notice.of(NotificationTopic.KPI_ALERTS, "notification.bell.unread", "communities", "3");

    @Autowired
    NotificationService notifications;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void aUserReadsTheirNotificationsAndMarksThemRead() {
        SignedIn.run(tenant.admin(), () -> notifications.publishToUser(tenant.operator().userId(), NOTICE));
        SignedIn.run(tenant.admin(), () -> notifications.publishToUser(tenant.operator().userId(),
                Notice.of(NotificationTopic.KPI_ALERTS, "notification.title", null)));

        SignedIn.run(tenant.operator(), () -> {
            assertThat(notifications.unreadCount()).isEqualTo(2);
            List<NotificationItem> items = notifications.list();
            assertThat(items).extracting(NotificationItem::kind)
                    .containsExactly("notification.title", "notification.bell.unread");
            assertThat(items.get(1).arguments()).containsExactly("3");
            assertThat(items.get(1).link()).isEqualTo("communities");

            notifications.markRead(items.get(1).id());
            assertThat(notifications.unreadCount()).isEqualTo(1);
            assertThat(notifications.list().get(1).unread()).isFalse();
            assertThat(notifications.markAllRead()).isEqualTo(1);
            assertThat(notifications.unreadCount()).isZero();
        });
    }

    @Test
    void communityStaffAreItsOperatorsAndTheTenantAdmins() {
        int published = SignedIn.as(tenant.operator(),
                () -> notifications.publishToCommunityStaff(tenant.communityId(), NOTICE));

        assertThat(published).isEqualTo(2);
        assertThat(unread(tenant.operator().userId())).isEqualTo(1);
        assertThat(unread(tenant.admin().userId())).isEqualTo(1);
        assertThat(unread(tenant.otherOperator().userId())).isZero();
        assertThat(unread(tenant.clientUser().userId())).isZero();
    }

    @Test
    void tenantAdminsAndOthersGetOneEachWithoutDuplicates() {
        int published = SignedIn.as(tenant.admin(), () -> notifications.publishToTenantAdminsAnd(
                List.of(tenant.admin().userId(), tenant.otherOperator().userId()), NOTICE));
        assertThat(published).isEqualTo(2);
        assertThat(unread(tenant.admin().userId())).isEqualTo(1);
    }

    @Test
    void aUserNeitherSeesNorMarksAnotherUsersNotifications() {
        SignedIn.run(tenant.admin(), () -> notifications.publishToUser(tenant.operator().userId(), NOTICE));
        UUID operatorsNotification = SignedIn.as(tenant.operator(), () -> notifications.list().getFirst().id());

        SignedIn.run(tenant.otherOperator(), () -> {
            assertThat(notifications.list()).isEmpty();
            assertThat(notifications.unreadCount()).isZero();
            assertThatThrownBy(() -> notifications.markRead(operatorsNotification))
                    .isInstanceOf(NotFoundException.class);
            assertThat(notifications.markAllRead()).isZero();
        });
        assertThat(unread(tenant.operator().userId())).isEqualTo(1);
    }

    @Test
    void publishingIsForTenantUsersAndToCommunitiesThePublisherSees() {
        assertThat(SignedIn.as(tenant.clientUser(), () -> notifications.publishToUser(tenant.admin().userId(), NOTICE)))
                .as("a client's decision tells the operator who asked for it").isEqualTo(1);
        assertThatThrownBy(() -> SignedIn.run(tenants.platformAdmin(),
                () -> notifications.publishToUser(tenant.admin().userId(), NOTICE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(tenants.platformAdmin(), () -> notifications.unreadCount()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(),
                () -> notifications.publishToCommunityStaff(tenant.unassignedCommunityId(), NOTICE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(),
                () -> notifications.publishToCommunityStaff(tenant.otherClientCommunityId(), NOTICE)))
                .as("a client tells the staff of its own communities only").isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(tenant.clientUser(),
                () -> notifications.publishToCommunityStaff(tenant.communityId(), NOTICE)))
                .as("a client's acknowledgement or question reaches the community's staff").isPositive();
    }

    @Test
    void anotherTenantCanNeitherPublishToNorReadTheseUsers() {
        Fixture other = tenants.create();
        SignedIn.run(tenant.admin(), () -> notifications.publishToUser(tenant.operator().userId(), NOTICE));
        UUID id = SignedIn.as(tenant.operator(), () -> notifications.list().getFirst().id());

        assertThat(SignedIn.as(other.admin(), () -> notifications.publishToUser(tenant.operator().userId(), NOTICE)))
                .isZero();
        assertThatThrownBy(() -> SignedIn.run(other.admin(),
                () -> notifications.publishToCommunityStaff(tenant.communityId(), NOTICE)))
                .isInstanceOf(NotFoundException.class);
        SignedIn.run(other.admin(), () -> assertThatThrownBy(() -> notifications.markRead(id))
                .isInstanceOf(NotFoundException.class));

        // Raw SQL under the other tenant's setting sees, changes and plants nothing.
        SignedIn.run(other.admin(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(jdbc.queryForObject("select count(*) from notification where tenant_id = ?", Integer.class,
                    tenant.tenantId())).isZero();
            assertThat(jdbc.update("update notification set read_at = now() where id = ?", id)).isZero();
            assertThat(jdbc.update("delete from notification where tenant_id = ?", tenant.tenantId())).isZero();
        }));
        assertThatThrownBy(() -> SignedIn.run(other.admin(),
                () -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> jdbc.update("""
                        insert into notification (tenant_id, id, recipient_id, kind, created_at, version)
                        values (?, ?, ?, 'x', ?, 0)""", tenant.tenantId(), UUID.randomUUID(),
                        tenant.operator().userId(), Timestamp.from(Instant.now())))))
                .isInstanceOf(DataAccessException.class);
        assertThat(unread(tenant.operator().userId())).isEqualTo(1);
    }

    private int unread(UUID userId) {
        return SignedIn.as(principal(tenant, userId), notifications::unreadCount);
    }

    private static app.communityops.shared.AppPrincipal principal(Fixture fixture, UUID userId) {
        return java.util.stream.Stream.of(fixture.admin(), fixture.operator(), fixture.otherOperator(),
                fixture.clientUser()).filter(p -> p.userId().equals(userId)).findFirst().orElseThrow();
    }
}
