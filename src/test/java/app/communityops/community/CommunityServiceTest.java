package app.communityops.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CommunityServiceTest {

    @Autowired
    CommunityService communities;

    @Autowired
    TestTenants tenants;

    @Autowired
    VerticalService verticals;

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
    void tenantAdminSeesEveryCommunityOfTheTenant() {
        assertThat(SignedIn.as(tenant.admin(), communities::visible)).extracting(CommunitySummary::id)
                .containsExactlyInAnyOrder(tenant.communityId(), tenant.unassignedCommunityId(),
                        tenant.otherClientCommunityId());
    }

    @Test
    void operatorSeesOnlyTheCommunitiesAssignedToThem() {
        assertThat(SignedIn.as(tenant.operator(), communities::visible)).extracting(CommunitySummary::id)
                .containsExactly(tenant.communityId());
        assertThat(SignedIn.as(tenant.operator(), () -> communities.find(tenant.unassignedCommunityId()))).isEmpty();
        assertThat(SignedIn.as(tenant.otherOperator(), communities::visible)).isEmpty();
    }

    @Test
    void clientUserSeesOnlyTheirOwnClientsCommunities() {
        assertThat(SignedIn.as(tenant.clientUser(), communities::visible)).extracting(CommunitySummary::id)
                .containsExactlyInAnyOrder(tenant.communityId(), tenant.unassignedCommunityId());
        assertThat(SignedIn.as(tenant.clientUser(), () -> communities.find(tenant.otherClientCommunityId())))
                .isEmpty();
    }

    @Test
    void clientUsersCannotChangeCommunities() {
        CommunitySummary own = find(tenant.admin(), tenant.communityId());
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> communities.update(own.id(), own.version(), CommunityForm.of(own))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> communities.create(form("New", tenant.clientId()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void operatorEditsAssignedCommunityButNotItsOperatorsOrClient() {
        CommunitySummary assigned = find(tenant.admin(), tenant.communityId());
        CommunityForm renamed = CommunityForm.of(assigned);
        renamed.setName("Renamed by operator");
        CommunitySummary saved = SignedIn.as(tenant.operator(),
                () -> communities.update(assigned.id(), assigned.version(), renamed));
        assertThat(saved.name()).isEqualTo("Renamed by operator");

        CommunityForm reassigned = CommunityForm.of(saved);
        reassigned.setOperatorIds(Set.of(tenant.otherOperator().userId()));
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(),
                () -> communities.update(saved.id(), saved.version(), reassigned)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("community.error.adminOnly"));

        CommunitySummary unassigned = find(tenant.admin(), tenant.unassignedCommunityId());
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(),
                () -> communities.update(unassigned.id(), unassigned.version(), CommunityForm.of(unassigned))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void tenantAdminAssignsOperators() {
        CommunitySummary unassigned = find(tenant.admin(), tenant.unassignedCommunityId());
        CommunityForm form = CommunityForm.of(unassigned);
        form.setOperatorIds(Set.of(tenant.operator().userId(), tenant.otherOperator().userId()));
        CommunitySummary saved = SignedIn.as(tenant.admin(),
                () -> communities.update(unassigned.id(), unassigned.version(), form));

        assertThat(saved.version()).as("assignments alone must count as a change for optimistic locking")
                .isGreaterThan(unassigned.version());
        assertThat(SignedIn.as(tenant.otherOperator(), communities::visible)).extracting(CommunitySummary::id)
                .containsExactly(tenant.unassignedCommunityId());
    }

    @Test
    void namesAreUniqueWithinTheTenantIgnoringCase() {
        String taken = find(tenant.admin(), tenant.communityId()).name().toUpperCase();
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.create(form(taken, tenant.clientId()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("community.error.nameTaken");
                    assertThat(e.field()).isEqualTo("name");
                });

        Fixture other = tenants.create();
        CommunityForm elsewhere = form(taken, other.clientId());
        elsewhere.setVerticalId(vertical(other));
        CommunitySummary sameNameElsewhere = SignedIn.as(other.admin(), () -> communities.create(elsewhere));
        assertThat(sameNameElsewhere.name()).isEqualTo(taken);
    }

    @Test
    void aWeChatGroupHoldsAtMostFiveHundredMembers() {
        CommunityForm form = form("Big group", tenant.clientId());
        form.setChannel(Channel.WECHAT_GROUP);
        form.setMemberCapacity(600);
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.create(form)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("community.error.capacityOverChannel");
                    assertThat(e.field()).isEqualTo("memberCapacity");
                    assertThat(e.arguments()).containsExactly(500);
                });

        form.setChannel(Channel.KNOWLEDGE_PLANET);
        assertThat(SignedIn.as(tenant.admin(), () -> communities.create(form)).memberCapacity()).isEqualTo(600);
    }

    @Test
    void aStaleVersionIsRefusedAndTheNewerChangeKept() {
        CommunitySummary loaded = find(tenant.admin(), tenant.communityId());
        CommunityForm first = CommunityForm.of(loaded);
        first.setName("First change");
        SignedIn.run(tenant.admin(), () -> communities.update(loaded.id(), loaded.version(), first));

        CommunityForm second = CommunityForm.of(loaded);
        second.setName("Second change");
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(),
                () -> communities.update(loaded.id(), loaded.version(), second)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(find(tenant.admin(), loaded.id()).name()).isEqualTo("First change");
    }

    @Test
    void thePlanLimitsActiveCommunitiesButNotArchivedOnes() {
        setMaxCommunities(tenant.tenantId(), 3);

        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.create(form("Fourth", tenant.clientId()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("plan.error.communities");
                    assertThat(e.arguments()).containsExactly(3);
                });

        CommunityForm archived = form("Archived fourth", tenant.clientId());
        archived.setStatus(CommunityStatus.ARCHIVED);
        CommunitySummary kept = SignedIn.as(tenant.admin(), () -> communities.create(archived));

        CommunityForm revived = CommunityForm.of(kept);
        revived.setStatus(CommunityStatus.ACTIVE);
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.update(kept.id(), kept.version(), revived)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.communities"));

        setMaxCommunities(tenant.tenantId(), 4);
        assertThat(SignedIn.as(tenant.admin(), () -> communities.update(kept.id(), kept.version(), revived)).status())
                .isEqualTo(CommunityStatus.ACTIVE);
    }

    @Test
    void anotherTenantCannotReadOrChangeTheCommunity() {
        Fixture other = tenants.create();
        CommunitySummary mine = find(tenant.admin(), tenant.communityId());

        assertThat(SignedIn.as(other.admin(), () -> communities.find(mine.id()))).isEmpty();
        assertThat(SignedIn.as(other.admin(), communities::visible)).extracting(CommunitySummary::id)
                .doesNotContain(mine.id());
        CommunityForm hijack = form("Hijacked", other.clientId());
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> communities.update(mine.id(), mine.version(), hijack)))
                .isInstanceOf(NotFoundException.class);
        assertThat(find(tenant.admin(), mine.id()).name()).isEqualTo(mine.name());
    }

    @Test
    void aCommunityCannotBelongToAnotherTenantsClient() {
        Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.create(form("Borrowed", other.clientId()))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("community.error.clientRequired"));
    }

    private CommunitySummary find(AppPrincipal user, UUID id) {
        return SignedIn.as(user, () -> communities.find(id)).orElseThrow();
    }

    @Test
    void aNewCommunityNeedsAVerticalOfTheTenant() {
        CommunityForm without = form("No vertical", tenant.clientId());
        without.setVerticalId(null);
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.create(without)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("community.error.verticalRequired");
                    assertThat(e.field()).isEqualTo("verticalId");
                });
        Fixture other = tenants.create();
        CommunityForm foreign = form("Foreign vertical", tenant.clientId());
        foreign.setVerticalId(vertical(other));
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.create(foreign)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("community.error.verticalRequired"));

        CommunitySummary created = SignedIn.as(tenant.admin(), () -> communities.create(form("With vertical",
                tenant.clientId())));
        assertThat(created.verticalId()).isEqualTo(vertical(tenant));
    }

    @Test
    void aCommunityFromBeforeVerticalsKeepsNoneUntilOneIsPickedThenKeepsOne() {
        CommunitySummary old = find(tenant.admin(), tenant.communityId());
        assertThat(old.verticalId()).as("communities created before verticals have none").isNull();
        CommunityForm renamed = CommunityForm.of(old);
        renamed.setName("Renamed " + UUID.randomUUID());
        CommunitySummary saved = SignedIn.as(tenant.admin(), () -> communities.update(old.id(), old.version(),
                renamed));
        assertThat(saved.verticalId()).isNull();

        CommunityForm picked = CommunityForm.of(saved);
        picked.setVerticalId(vertical(tenant));
        CommunitySummary withVertical = SignedIn.as(tenant.admin(), () -> communities.update(old.id(),
                saved.version(), picked));
        CommunityForm cleared = CommunityForm.of(withVertical);
        cleared.setVerticalId(null);
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> communities.update(old.id(),
                withVertical.version(), cleared)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("community.error.verticalRequired"));
    }

    private UUID vertical(Fixture of) {
        return SignedIn.as(of.admin(), verticals::verticals).getFirst().id();
    }

    private CommunityForm form(String name, UUID clientId) {
        CommunityForm form = new CommunityForm();
        form.setVerticalId(vertical(tenant));
        form.setName(name);
        form.setClientId(clientId);
        form.setChannel(Channel.WECOM);
        form.setStatus(CommunityStatus.ACTIVE);
        form.setMemberCapacity(200);
        return form;
    }

    private void setMaxCommunities(UUID tenantId, int limit) {
        TenantContext.runAs(tenantId, () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> jdbc.update("update tenant set max_communities = ? where id = ?", limit, tenantId)));
    }
}
