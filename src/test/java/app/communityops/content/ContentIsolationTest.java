package app.communityops.content;

import static app.communityops.content.ContentFixtures.form;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.calendar.CalendarQuery;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone who must not reach a community's content tries: another tenant (through the services and through raw
 * SQL under its own tenant setting), an operator not assigned, another client's user, client users for staff
 * work and drafts, and the platform admin.
 */
@IntegrationTest
class ContentIsolationTest {

    record Target(UUID community, UUID item, UUID rulebookItem) {
    }

    record Call(String name, boolean staffOnly, Function<Target, Object> work) {
    }

    @Autowired TestTenants tenants;
    @Autowired ContentService content;
    @Autowired TenantZone zones;
    @Autowired RulebookService rulebook;
    @Autowired ContentCalendarSource calendar;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    List<Call> calls;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        calls = List.of(
                new Call("content.list", false, t -> content.list(t.community(), ContentFilter.ANY, 0, 10)),
                new Call("content.count", false, t -> content.count(t.community(), ContentFilter.ANY)),
                new Call("content.find", false, t -> content.find(t.community(), t.item())),
                new Call("content.transitions", false, t -> content.transitions(t.item())),
                new Call("content.create", true, t -> content.create(form(t.community(), "Intruder", null))),
                new Call("content.update", true, t -> content.update(t.item(), 0, form(t.community(), "x", null))),
                new Call("content.move", true, t -> content.move(t.item(), 0, ContentStatus.ARCHIVED)),
                new Call("content.reschedule", true, t -> content.reschedule(t.item(), 0, Instant.now())),
                new Call("content.engagement", true, t -> content.recordEngagement(t.item(), 0,
                        EngagementForm.of(1, 1, 1, 1))),
                new Call("calendar.move", true, t -> calendar.move(t.item().toString(), 0, Instant.now())),
                new Call("rulebook.items", false, t -> rulebook.items(t.community())),
                new Call("rulebook.history", false, t -> rulebook.history(t.rulebookItem())),
                new Call("rulebook.logo", false, t -> rulebook.logo(t.community())),
                new Call("rulebook.proposals", false, t -> rulebook.proposals(t.community())),
                new Call("rulebook.approvalRequired", false, t -> rulebook.approvalRequired(t.community())),
                new Call("rulebook.proposeAdd", true, t -> rulebook.proposeAdd(t.community(), RulebookKind.MEME, "x")),
                new Call("rulebook.proposeUpdate", true, t -> rulebook.proposeUpdate(t.rulebookItem(), 0, "x")),
                new Call("rulebook.proposeRemove", true, t -> rulebook.proposeRemove(t.rulebookItem(), 0)),
                new Call("content.approval", false, t -> content.approval(t.item())),
                new Call("content.submitForApproval", true, t -> content.submitForApproval(t.item(), 0)),
                new Call("rulebook.add", true, t -> rulebook.add(t.community(), RulebookKind.MEME, "x")),
                new Call("rulebook.update", true, t -> rulebook.update(t.rulebookItem(), 0, "x")),
                new Call("rulebook.remove", true, t -> rulebook.remove(t.rulebookItem(), 0)),
                new Call("rulebook.uploadLogo", true, t -> rulebook.uploadLogo(t.community(), null, "l.png",
                        ContentFixtures.PNG)));
    }

    @Test
    void anotherTenantFindsNothingOfOurs() {
        Target ours = target(tenant, tenant.communityId(), true);
        Fixture other = tenants.create();
        for (Call call : calls) {
            assertNotFound(other.admin(), call, ours);
        }
        assertThat(as(other.admin(), () -> calendar.entries(query(ours.community())))).isEmpty();
        assertThat(as(other.admin(), () -> calendar.createActions(ours.community(), LocalDate.now()))).isEmpty();
    }

    @Test
    void rawSqlUnderAnotherTenantSeesAndChangesNothing() {
        Target ours = target(tenant, tenant.communityId(), true);
        as(tenant.admin(), () -> rulebook.uploadLogo(tenant.communityId(), null, "l.png", ContentFixtures.PNG));
        Fixture other = tenants.create();
        List<String> tables = List.of("content_item", "content_item_community", "content_transition",
                "rulebook_item", "rulebook_item_revision", "rulebook_proposal");
        TenantContext.runAs(other.tenantId(), () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    for (String table : tables) {
                        assertThat(jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?",
                                Long.class, tenant.tenantId())).as(table).isZero();
                    }
                    assertThat(jdbc.update("update content_item set title = 'taken' where id = ?", ours.item()))
                            .isZero();
                    assertThat(jdbc.update("delete from rulebook_item_revision where tenant_id = ?",
                            tenant.tenantId())).isZero();
                    assertThatThrownBy(() -> jdbc.update("""
                            insert into content_item (tenant_id, id, kind, category, title, status, created_at, version)
                            values (?, ?, 'VALUE', 'DEEP_DIVE', 'Planted', 'IDEA', ?, 0)""", tenant.tenantId(),
                            UUID.randomUUID(), Timestamp.from(Instant.now()))).isInstanceOf(DataAccessException.class);
                }));
        assertThat(as(tenant.admin(), () -> content.find(tenant.communityId(), ours.item())).title())
                .isNotEqualTo("taken");
        assertThat(as(tenant.admin(), () -> rulebook.history(ours.rulebookItem()))).hasSize(1);
    }

    @Test
    void anOperatorReachesOnlyAssignedCommunities() {
        Target unassigned = target(tenant, tenant.unassignedCommunityId(), true);
        for (Call call : calls) {
            assertNotFound(tenant.operator(), call, unassigned);
        }
        Target assigned = target(tenant, tenant.communityId(), true);
        for (Call call : calls) {
            assertNotFound(tenant.otherOperator(), call, assigned);
        }
        assertThat(as(tenant.operator(), () -> calendar.entries(query(unassigned.community())))).isEmpty();
    }

    @Test
    void aClientUserReadsPublishedItemsOfItsOwnCommunitiesOnly() {
        Target published = target(tenant, tenant.communityId(), true);
        Target draft = target(tenant, tenant.communityId(), false);
        Target otherClients = target(tenant, tenant.otherClientCommunityId(), true);
        for (Call call : calls) {
            if (call.staffOnly()) {
                assertThatThrownBy(() -> as(tenant.clientUser(), () -> call.work().apply(published)))
                        .as(call.name()).isInstanceOf(AccessDeniedException.class);
            } else {
                assertThat(as(tenant.clientUser(), () -> call.work().apply(published))).as(call.name()).isNotNull();
                assertNotFound(tenant.clientUser(), call, otherClients);
            }
        }
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> content.find(tenant.communityId(), draft.item())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> content.transitions(draft.item())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(tenant.clientUser(), () -> content.list(tenant.communityId(), ContentFilter.ANY, 0, 10)))
                .extracting(ContentDetails::id).containsExactly(published.item());
        assertThat(as(tenant.clientUser(), () -> content.list(tenant.communityId(),
                new ContentFilter(Set.of(ContentStatus.DRAFT), Set.of()), 0, 10))).isEmpty();
        assertThat(as(tenant.clientUser(), () -> calendar.entries(query(tenant.communityId()))))
                .extracting(entry -> entry.id()).containsExactly(published.item().toString())
                .hasSize(1);
        assertThat(as(tenant.clientUser(), () -> calendar.createActions(tenant.communityId(), LocalDate.now())))
                .isEmpty();
    }

    @Test
    void thePlatformAdminIsDeniedEverything() {
        Target ours = target(tenant, tenant.communityId(), true);
        AppPrincipal platform = tenants.platformAdmin();
        for (Call call : calls) {
            assertThatThrownBy(() -> as(platform, () -> call.work().apply(ours))).as(call.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(platform, () -> calendar.entries(query(ours.community()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** An item planned in the coming hours (published, or left a draft) and a rulebook item, made by the admin. */
    private Target target(Fixture fixture, UUID community, boolean publish) {
        return as(fixture.admin(), () -> {
            ContentDetails item = content.create(form(community, "Item " + UUID.randomUUID(),
                    LocalDateTime.now(zones.current()).plusHours(2)));
            ContentDetails moved = content.move(item.id(), item.version(), ContentStatus.DRAFT);
            if (publish) {
                moved = content.move(moved.id(), moved.version(), ContentStatus.IN_REVIEW);
                moved = content.move(moved.id(), moved.version(), ContentStatus.SCHEDULED);
                content.move(moved.id(), moved.version(), ContentStatus.PUBLISHED);
            }
            RulebookItemDetails rule = rulebook.add(community, RulebookKind.ENCOURAGED, "Share " + UUID.randomUUID());
            return new Target(community, item.id(), rule.id());
        });
    }

    private static CalendarQuery query(UUID community) {
        Instant now = Instant.now();
        return new CalendarQuery(Set.of(community), now.minus(2, ChronoUnit.DAYS), now.plus(2, ChronoUnit.DAYS),
                Set.of(), Set.of());
    }

    private static void assertNotFound(AppPrincipal user, Call call, Target target) {
        assertThatThrownBy(() -> as(user, () -> call.work().apply(target))).as(call.name() + " by " + user.role())
                .isInstanceOf(NotFoundException.class);
    }
}
