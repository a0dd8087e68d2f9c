package app.communityops.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.audit.AuditAction;
import app.communityops.audit.AuditLog;
import app.communityops.audit.AuditQuery;
import app.communityops.audit.AuditRecord;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class VerticalServiceTest {

    @Autowired
    VerticalService verticals;
    @Autowired
    CommunityService communities;
    @Autowired
    TestTenants tenants;
    @Autowired
    AuditLog audit;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void aTenantStartsWithTheFiveDefaultsWhichReadInTheUsersLanguage() {
        List<VerticalSummary> list = SignedIn.as(tenant.clientUser(), verticals::verticals);
        assertThat(list).extracting(VerticalSummary::seedKey)
                .containsExactly("education", "retail", "saas", "finance", "other");
        assertThat(list).extracting(VerticalSummary::name).containsOnlyNulls();
        assertThat(list.getFirst().labelKey()).isEqualTo("vertical.seed.education");
        assertThat(SignedIn.as(tenant.admin(), verticals::verticals)).as("seeded once").hasSize(5);
    }

    @Test
    void theAdminAddsAndRenamesAndNamesStayUnique() {
        VerticalSummary health = SignedIn.as(tenant.admin(), () -> verticals.create("  Health  "));
        assertThat(health.name()).isEqualTo("Health");
        assertThat(SignedIn.as(tenant.admin(), verticals::verticals)).last().extracting(VerticalSummary::id)
                .isEqualTo(health.id());
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> verticals.create("health")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("vertical.error.nameTaken");
                    assertThat(e.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> verticals.create(" ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vertical.error.nameRequired"));

        VerticalSummary education = SignedIn.as(tenant.admin(), verticals::verticals).getFirst();
        VerticalSummary renamed = SignedIn.as(tenant.admin(),
                () -> verticals.rename(education.id(), education.version(), "K-12 tutoring"));
        assertThat(renamed.name()).isEqualTo("K-12 tutoring");
        assertThat(renamed.seedKey()).isEqualTo("education");
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(),
                () -> verticals.rename(education.id(), education.version(), "Stale edit")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aNameADefaultAlreadyReadsAsInEitherLanguageIsTaken() {
        for (String name : List.of("education", "教育", " Finance ")) {
            assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> verticals.create(name)))
                    .as(name).isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("vertical.error.nameTaken"));
        }
        List<VerticalSummary> list = SignedIn.as(tenant.admin(), verticals::verticals);
        VerticalSummary retail = list.get(1);
        assertThatThrownBy(() -> SignedIn.as(tenant.admin(), () -> verticals.rename(retail.id(), retail.version(),
                "金融"))).isInstanceOf(UserFacingException.class);
        // A default may take its own label, and once renamed its label is free for a new entry.
        SignedIn.run(tenant.admin(), () -> verticals.rename(retail.id(), retail.version(), "Retail"));
        VerticalSummary education = list.getFirst();
        SignedIn.run(tenant.admin(), () -> verticals.rename(education.id(), education.version(), "K-12 tutoring"));
        assertThat(SignedIn.as(tenant.admin(), () -> verticals.create("Education")).name()).isEqualTo("Education");
    }

    @Test
    void everyChangeToTheListIsInTheAuditLog() {
        List<VerticalSummary> list = SignedIn.as(tenant.admin(), verticals::verticals);
        VerticalSummary health = SignedIn.as(tenant.admin(), () -> verticals.create("Health"));
        SignedIn.run(tenant.admin(), () -> verticals.rename(health.id(), health.version(), "Healthcare"));
        CommunitySummary community = SignedIn.as(tenant.admin(), () -> communities.readable(tenant.communityId()));
        CommunityForm form = CommunityForm.of(community);
        form.setVerticalId(health.id());
        SignedIn.run(tenant.admin(), () -> communities.update(community.id(), community.version(), form));
        SignedIn.run(tenant.admin(), () -> verticals.delete(health.id(), list.getFirst().id()));

        List<AuditRecord> entries = SignedIn.as(tenant.admin(), () -> audit.search(
                new AuditQuery(null, "community_vertical", null, null), 0, 10));
        assertThat(entries).extracting(AuditRecord::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.entityId()).isEqualTo(health.id().toString());
            assertThat(entry.actorEmail()).isEqualTo(tenant.admin().email());
        });
        assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.DELETE).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).contains("Healthcare")
                        .contains(list.getFirst().id().toString()).contains("\"communities\": 1"));
    }

    @Test
    void aVerticalInUseIsRemovedOnlyByMovingItsCommunities() {
        List<VerticalSummary> list = SignedIn.as(tenant.admin(), verticals::verticals);
        UUID education = list.get(0).id();
        UUID retail = list.get(1).id();
        CommunitySummary community = SignedIn.as(tenant.admin(), () -> communities.readable(tenant.communityId()));
        CommunityForm form = CommunityForm.of(community);
        form.setVerticalId(education);
        SignedIn.run(tenant.admin(), () -> communities.update(community.id(), community.version(), form));

        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> verticals.delete(education, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("vertical.error.inUse");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        assertThat(SignedIn.as(tenant.admin(), verticals::usage)).containsEntry(education, 1L);

        SignedIn.run(tenant.admin(), () -> verticals.delete(education, retail));
        assertThat(SignedIn.as(tenant.admin(), verticals::verticals)).extracting(VerticalSummary::id)
                .doesNotContain(education);
        assertThat(SignedIn.as(tenant.admin(), () -> communities.readable(tenant.communityId())).verticalId())
                .isEqualTo(retail);
    }

    @Test
    void anUnusedVerticalIsRemovedButNeverTheLastOne() {
        List<VerticalSummary> list = SignedIn.as(tenant.admin(), verticals::verticals);
        for (VerticalSummary vertical : list.subList(1, list.size())) {
            SignedIn.run(tenant.admin(), () -> verticals.delete(vertical.id(), null));
        }
        assertThatThrownBy(() -> SignedIn.run(tenant.admin(), () -> verticals.delete(list.getFirst().id(), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("vertical.error.last"));
        assertThat(SignedIn.as(tenant.admin(), verticals::verticals)).hasSize(1);
    }

    @Test
    void onlyTheTenantAdminChangesTheList() {
        VerticalSummary first = SignedIn.as(tenant.admin(), verticals::verticals).getFirst();
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> verticals.create("Mine")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> verticals.rename(first.id(), 0, "Mine")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SignedIn.run(tenant.operator(), () -> verticals.delete(first.id(), null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), verticals::usage))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
