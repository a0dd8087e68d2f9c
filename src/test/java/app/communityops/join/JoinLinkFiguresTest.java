package app.communityops.join;

import static app.communityops.testing.SignedIn.as;
import static app.communityops.testing.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What came through each join link in a period, against the real database: counted by the day applied, approved
 * and joined, for the one community asked about, and readable by whoever may read that community.
 */
@IntegrationTest
class JoinLinkFiguresTest {

    @Autowired
    JoinTestData data;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;
    @Autowired
    JoinLinkService links;
    @Autowired
    JoinPageService pages;
    @Autowired
    TenantZone zones;
    @Autowired
    Clock clock;

    @Test
    void eachLinkCountsWhatCameThroughItInThePeriodOfItsCommunityOnly() {
        JoinTestData.Ready ready = data.paidEntry(500);
        TestTenants.Fixture tenant = ready.tenant();
        JoinTestData.Ready otherTenant = data.paidEntry(500);
        JoinLinkDetails ads = as(tenant.operator(), () -> links.create(ready.communityId(), null, "Spring ads"));
        String elsewhere = openPageElsewhere(tenant);
        join.apply(ready.token(), JoinTestData.applicant("Lin", "13800138101"), "10.0.1.1");
        join.apply(ready.token(), JoinTestData.applicant("Mei", "13800138102"), "10.0.1.2");
        join.apply(ads.token(), JoinTestData.applicant("Wu", "13800138103"), "10.0.1.3");
        join.apply(elsewhere, JoinTestData.applicant("Zhao", "13800138104"), "10.0.1.4");
        join.apply(otherTenant.token(), JoinTestData.applicant("Qian", "13800138105"), "10.0.1.5");
        run(tenant.operator(), () -> applications.confirmPayment(applications.applications(ready.communityId())
                .stream().filter(a -> "Product forum".equals(a.linkLabel())).findFirst().orElseThrow().id()));

        JoinLinkFigures today = as(tenant.clientUser(), () -> links.figures(ready.communityId(), today(), today()));

        assertThat(today.links()).extracting(JoinLinkFigures.Link::campaign)
                .containsExactly("Product forum", "Spring ads");
        JoinLinkFigures.Link forum = today.links().getFirst();
        assertThat(new long[] {forum.applications(), forum.approved(), forum.joined()}).containsExactly(2, 1, 1);
        JoinLinkFigures.Link spring = today.links().getLast();
        assertThat(new long[] {spring.applications(), spring.approved(), spring.joined()}).containsExactly(1, 0, 0);
        assertThat(today.joined()).isEqualTo(1);
        assertThat(today.shareOf(4)).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(today.shareOf(0)).isNull();

        LocalDate monthBefore = as(tenant.operator(), this::today).minusMonths(1);
        JoinLinkFigures before = as(tenant.clientUser(), () -> links.figures(ready.communityId(),
                monthBefore.withDayOfMonth(1), monthBefore.withDayOfMonth(monthBefore.lengthOfMonth())));
        assertThat(before.links()).hasSize(2).allSatisfy(link -> assertThat(link.applications() + link.approved()
                + link.joined()).isZero());

        JoinLinkFigures theirs = as(otherTenant.tenant().operator(),
                () -> links.figures(otherTenant.communityId(), today(), today()));
        assertThat(theirs.links()).singleElement().satisfies(link -> assertThat(link.applications()).isEqualTo(1));
    }

    @Test
    void aCommunityWithoutLinksHasNoFigures() {
        TestTenants.Fixture tenant = data.paidEntry(500).tenant();

        JoinLinkFigures none = as(tenant.admin(), () -> links.figures(tenant.unassignedCommunityId(), today(), today()));

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.joined()).isZero();
    }

    @Test
    void onlyThoseWhoMayReadTheCommunityReadItsFigures() {
        JoinTestData.Ready ready = data.paidEntry(500);
        TestTenants.Fixture tenant = ready.tenant();
        run(tenant.admin(), () -> links.create(tenant.otherClientCommunityId(), null, "Their forum"));

        assertThat(as(tenant.clientUser(), () -> links.figures(ready.communityId(), today(), today())).links())
                .hasSize(1);
        // A user of the client sees none of another client's communities.
        assertThatThrownBy(() -> as(tenant.clientUser(),
                () -> links.figures(tenant.otherClientCommunityId(), today(), today())))
                .isInstanceOf(NotFoundException.class);
        // An operator of another community sees none of this one's.
        assertThatThrownBy(() -> as(tenant.otherOperator(), () -> links.figures(ready.communityId(), today(), today())))
                .isInstanceOf(NotFoundException.class);
    }

    private String openPageElsewhere(TestTenants.Fixture tenant) {
        UUID community = tenant.unassignedCommunityId();
        return as(tenant.admin(), () -> {
            JoinPageForm page = new JoinPageForm();
            page.setValueEn("Elsewhere.");
            page.setValueZh("别处。");
            page.setPrivacyEn("We keep your phone.");
            page.setPrivacyZh("我们保存你的手机号。");
            page.setPrivacyVersion("2026-12");
            pages.save(community, -1, page);
            return links.create(community, null, "Elsewhere").token();
        });
    }

    /** The tenant's today: call within a signed-in user's tenant. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.current()));
    }
}
