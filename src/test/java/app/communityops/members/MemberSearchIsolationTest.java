package app.communityops.members;

import static app.communityops.members.MembershipStatus.JOINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberGridSql.Scope;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members grid's narrowed search (decision 0027) on real PostgreSQL, through the application role: the function
 * that finds matches with the owner's rights answers only the current tenant's ids, whatever community and text it is
 * given, and the grid re-reads those ids under row-level security, so another tenant's members are never returned
 * or counted, even when they carry the very name and tag searched for; and who may read which community, and which
 * fields a search may look into, stay as they were.
 */
@IntegrationTest
class MemberSearchIsolationTest {

    private static final String NAME = "Qiao Rarename";

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberTestData data;
    @Autowired
    MembershipQueryService queries;
    @Autowired
    MemberGridQueries grid;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Fixture tenant;
    Fixture other;
    UUID ours;
    List<UUID> theirs;

    @BeforeEach
    void twoTenantsWithTheSameName() {
        tenant = tenants.create();
        other = tenants.create();
        data.addMany(tenant.tenantId(), tenant.communityId(), 300, 7);
        ours = data.add(tenant.tenantId(), tenant.communityId(), List.of(
                Spec.of(NAME, "qiao_ours", JOINED).tags("mentor"))).getFirst();
        theirs = data.add(other.tenantId(), other.communityId(), List.of(
                Spec.of(NAME, "qiao_theirs", JOINED).tags("mentor"),
                Spec.of(NAME + " Junior", "qiao_theirs_2", JOINED).tags("mentor"),
                Spec.of("Someone", "qiao_ours_too", JOINED).tags("mentor")));
    }

    @Test
    void aSearchFindsOnlyTheTenantsOwnMembersThoughTheOtherTenantHasTheSameName() {
        MemberFilter byName = MemberFilter.all(tenant.communityId()).withText("Rarename");
        MemberFilter byHandle = MemberFilter.all(tenant.communityId()).withText("qiao_ours");
        MemberFilter byTag = MemberFilter.all(tenant.communityId()).withTags(Set.of("mentor"));

        for (MemberFilter filter : List.of(byName, byHandle, byTag, byName.withTags(Set.of("mentor")))) {
            assertThat(data.inTenant(tenant.tenantId(), () -> grid.matches(filter, 100)))
                    .as("narrowed through the indexes: %s", filter).containsExactly(ours);
            assertThat(SignedIn.as(tenant.admin(), () -> queries.page(filter, MemberSort.BY_NAME, 0, 50)))
                    .extracting(MemberRow::membershipId).containsExactly(ours);
            assertThat(SignedIn.as(tenant.admin(), () -> queries.count(filter))).isOne();
            List<UUID> exported = new ArrayList<>();
            SignedIn.run(tenant.admin(), () -> queries.forEachRow(filter, MemberSort.BY_NAME,
                    row -> exported.add(row.membershipId())));
            assertThat(exported).containsExactly(ours);
        }
        MemberFilter theirsByName = MemberFilter.all(other.communityId()).withText("Rarename");
        assertThat(SignedIn.as(other.admin(), () -> queries.count(theirsByName))).isEqualTo(2);
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> queries.page(byName, MemberSort.BY_NAME, 0, 50)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMatchingFunctionAnswersOnlyForTheTransactionsTenant() {
        UUID theirCommunity = other.communityId();

        assertThat(matchesIn(tenant.tenantId(), theirCommunity, "Rarename", null))
                .as("another tenant's community, named outright").isEmpty();
        assertThat(matchesIn(tenant.tenantId(), theirCommunity, null, new String[] {"mentor"})).isEmpty();
        assertThat(matchesIn(other.tenantId(), tenant.communityId(), "Rarename", null)).isEmpty();
        assertThat(matchesIn(other.tenantId(), theirCommunity, "Rarename", null))
                .containsExactlyInAnyOrderElementsOf(theirs.subList(0, 2));
        assertThat(matchesIn(null, theirCommunity, "Rarename", null)).as("no tenant, no rows").isEmpty();
        assertThat(matchesIn(tenant.tenantId(), tenant.communityId(), "Ra", null))
                .as("two characters give the trigram index nothing to narrow by").isNull();
        assertThat(matchesIn(tenant.tenantId(), tenant.communityId(), "%_%", null)).isNull();
    }

    @Test
    void idsFromElsewhereAreDroppedByTheReReadUnderRowLevelSecurity() {
        // As if the function had answered wrongly: the page statement still reads through the tenant's policy.
        MemberFilter byName = MemberFilter.all(tenant.communityId()).withText("Rarename");
        List<UUID> mixed = new ArrayList<>(theirs);
        mixed.add(ours);
        Scope scope = new Scope(byName, mixed);

        List<MemberRow> rows = data.inTenant(tenant.tenantId(), () -> grid.rows(MemberGridSql.page(scope,
                MemberSort.BY_NAME, null, 0, 50)));
        long counted = data.inTenant(tenant.tenantId(), () -> {
            SqlQuery count = MemberGridSql.count(scope, 100);
            return jdbc.query(count.sql(), count.setter(), rs -> rs.next() ? rs.getLong(1) : -1L);
        });

        assertThat(rows).extracting(MemberRow::membershipId).containsExactly(ours);
        assertThat(counted).isOne();
    }

    @Test
    void theOwnersReadPolicyIsNotTheApplicationRoles() {
        List<String> roles = jdbc.queryForList("""
                select unnest(roles)::text from pg_policies
                where tablename = 'membership' and policyname = 'member_grid_search'""", String.class);
        String owner = jdbc.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = 'membership'",
                String.class);
        assertThat(roles).containsExactly(owner).doesNotContain("public");
        assertThat(data.inTenant(tenant.tenantId(), () -> jdbc.queryForList(
                "select distinct tenant_id from membership", UUID.class))).containsExactly(tenant.tenantId());
        assertThat(data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from membership where member_name ilike '%Rarename%'", Long.class))).isOne();
    }

    @Test
    void operatorsAndClientsStillSearchOnlyTheirCommunitiesAndTheFieldsTheyMayRead() {
        data.add(tenant.tenantId(), tenant.otherClientCommunityId(), List.of(Spec.of(NAME, "qiao_other", JOINED)));
        MemberFilter assigned = MemberFilter.all(tenant.communityId()).withText("Rarename");
        MemberFilter otherClients = MemberFilter.all(tenant.otherClientCommunityId()).withText("Rarename");
        MemberFilter byHandle = MemberFilter.all(tenant.communityId()).withText("qiao_ours");

        assertThat(SignedIn.as(tenant.operator(), () -> queries.page(assigned, MemberSort.BY_NAME, 0, 50)))
                .extracting(MemberRow::membershipId).containsExactly(ours);
        assertThat(SignedIn.as(tenant.clientUser(), () -> queries.count(assigned))).isOne();
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> queries.page(assigned, MemberSort.BY_NAME,
                0, 50))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> queries.count(assigned)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> queries.page(otherClients, MemberSort.BY_NAME,
                0, 50))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> queries.count(otherClients)))
                .isInstanceOf(NotFoundException.class);

        assertThat(SignedIn.as(tenant.admin(), () -> queries.count(byHandle))).isOne();
        assertThat(SignedIn.as(tenant.clientUser(), () -> queries.count(byHandle)))
                .as("a client without the contact grant cannot find a member by handle").isZero();
        assertThat(SignedIn.as(tenant.clientUser(), () -> queries.page(byHandle, MemberSort.BY_NAME, 0, 50))).isEmpty();
    }

    private @Nullable List<UUID> matchesIn(@Nullable UUID tenantId, UUID community, @Nullable String text,
                                           String @Nullable [] tags) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        java.util.function.Supplier<@Nullable List<UUID>> call = () -> transactions.execute(status -> jdbc.query(
                "select member_grid_matches(?, ?::text, true, ?::varchar[], 100)",
                statement -> {
                    statement.setObject(1, community);
                    statement.setString(2, text);
                    statement.setArray(3, tags == null ? null
                            : statement.getConnection().createArrayOf("varchar", tags));
                }, rs -> {
                    rs.next();
                    Array array = rs.getArray(1);
                    return array == null ? null : java.util.Arrays.stream((Object[]) array.getArray())
                            .map(UUID.class::cast).toList();
                }));
        return tenantId == null ? call.get() : TenantContext.callAs(tenantId, call::get);
    }
}
