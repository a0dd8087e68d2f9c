package app.communityops.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.clients.ClientForm;
import app.communityops.clients.ClientService;
import app.communityops.community.Channel;
import app.communityops.community.CommunityForm;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.VerticalService;
import app.communityops.kpi.Dashboard;
import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.KpiService;
import app.communityops.kpi.KpiTestData;
import app.communityops.kpi.PeerBands;
import app.communityops.kpi.PeerService;
import app.communityops.kpi.PeerStanding;
import app.communityops.kpi.PeriodKind;
import app.communityops.kpi.RollupService;
import app.communityops.report.OperationsReport;
import app.communityops.report.ReportMarkdown;
import app.communityops.report.ReportPdf;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Peer bands as the people who receive them see them (decision 0049). The fixture's client (A) has the compared
 * community; clients B, C and D have five peers in the same vertical and channel, with 3, 7, 12, 20 and 33 members
 * who joined this month; a second community of A and one of another channel are not peers. A client user sees the
 * bands on the dashboard and in the report, never a peer's name or figure; staff see each community's standing.
 */
class PeerBandsViewTest extends KaribuTest {

    private static final int[] PEER_JOINERS = {3, 7, 12, 20, 33};
    private static final String PEER_NAME = "Peer community";

    @Autowired CommunityService communities;
    @Autowired VerticalService verticals;
    @Autowired ClientService clients;
    @Autowired KpiService kpis;
    @Autowired PeerService peers;
    @Autowired ReportService reports;
    @Autowired RollupService rollups;
    @Autowired KpiTestData kpiData;
    @Autowired DashboardTestData data;

    Fixture tenant;
    UUID compared;
    UUID education;
    KpiPeriod month;
    List<UUID> peerIds = new ArrayList<>();

    @BeforeEach
    void fivePeersOfThreeOtherClients() {
        tenant = tenants.create();
        education = SignedIn.as(tenant.admin(), verticals::verticals).getFirst().id();
        UUID c = client("Client C");
        UUID d = client("Client D");
        compared = community("Compared community", tenant.clientId(), Channel.WECOM);
        UUID[] owners = {tenant.otherClientId(), tenant.otherClientId(), c, c, d};
        for (int i = 0; i < owners.length; i++) {
            UUID peer = community(PEER_NAME + " " + i, owners[i], Channel.WECOM);
            peerIds.add(peer);
            data.joinedToday(tenant, peer, PEER_JOINERS[i]);
        }
        data.joinedToday(tenant, community("Same client community", tenant.clientId(), Channel.WECOM), 50);
        data.joinedToday(tenant, community("Other channel community", c, Channel.DISCORD), 99);
        data.joinedToday(tenant, compared, 10);
        month = KpiPeriod.of(PeriodKind.MONTH, data.today(tenant));
    }

    @Test
    void theClientsDashboardShowsBandsOfOtherClientsCommunitiesOnly() {
        Dashboard dashboard = SignedIn.as(tenant.clientUser(), () -> kpis.dashboard(compared, month, 6));
        PeerBands bands = dashboard.bands();
        assertThat(bands.status()).isEqualTo(PeerBands.Status.COMPARED);
        assertThat(bands.communities()).as("the same client's and the other channel's are not peers").isEqualTo(5);
        assertThat(bands.clients()).isEqualTo(3);
        PeerBands.Band joiners = bands.band(Kpi.MEMBERS_NEW).orElseThrow();
        // Each boundary the mean of three values: (3+7+12)/3, (7+12+20)/3, (12+20+33)/3.
        assertThat(joiners.low()).isEqualByComparingTo("7.3");
        assertThat(joiners.median()).isEqualByComparingTo("13.0");
        assertThat(joiners.high()).isEqualByComparingTo("21.7");
        assertThat(joiners.standing()).isEqualTo(PeerBands.Standing.P25_TO_MEDIAN);
        for (PeerBands.Band band : bands.bands().values()) {
            if (band.shown()) {
                for (int figure : PEER_JOINERS) {
                    assertThat(List.of(band.low(), band.median(), band.high())).as("%s", band.kpi())
                            .noneMatch(shown -> band.kpi() == Kpi.MEMBERS_NEW
                                    && shown.compareTo(BigDecimal.valueOf(figure)) == 0);
                }
            }
        }

        login(tenant.clientUser());
        UI.getCurrent().navigate(KpiNavigation.dashboardPath(compared));
        String screen = everything(UI.getCurrent());
        assertThat(screen).contains("Peers: 25th 7 · median 13 · 75th 22 (5 communities)")
                .contains("25th percentile and median")
                .doesNotContain(PEER_NAME, "Client C", "Client D", "Same client community");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("dashboard-band-MEMBERS_NEW")))
                .isNotNull();
    }

    @Test
    void theReportAClientReceivesHasTheBandsAndNoPeerNameOrFigure() throws IOException {
        ReportPeriod period = ReportPeriod.month(YearMonth.from(data.today(tenant)));
        OperationsReport report = SignedIn.as(tenant.clientUser(),
                () -> reports.build(compared, period, Locale.ENGLISH, progress -> { }));
        String markdown = ReportMarkdown.render(report);
        assertThat(markdown).contains("Compared with peers").contains("| New members | 10 | 7.3 | 13 | 21.7 | 5 |")
                .doesNotContain(PEER_NAME, "Client C", "Client D", "Same client community");
        String pdf;
        try (PDDocument document = Loader.loadPDF(ReportPdf.render(report))) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains("Compared with peers").doesNotContain(PEER_NAME, "Client C", "Client D");
    }

    @Test
    void aRunningMonthsBandsAreTheFieldAsStoredByARollupRunAtMostHalfAnHourAgo() {
        SignedIn.run(tenant.admin(), rollups::refresh);
        // 100 more joiners in the smallest peer after the run: the band keeps the stored figures, also through a run
        // within the half hour.
        data.joinedToday(tenant, peerIds.getFirst(), 100);
        SignedIn.run(tenant.admin(), rollups::refresh);
        assertThat(joinerBand()).containsExactly(new BigDecimal("7.3"), new BigDecimal("13.0"),
                new BigDecimal("21.7"));

        kpiData.sql(tenant, "update kpi_peer_figure set computed_at = computed_at - interval '31 minutes'");
        SignedIn.run(tenant.admin(), rollups::refresh);
        // 7, 12, 20, 33 and 103: (7+12+20)/3, (12+20+33)/3, (20+33+103)/3.
        assertThat(joinerBand()).containsExactly(new BigDecimal("13.0"), new BigDecimal("21.7"),
                new BigDecimal("52.0"));
        assertThat(kpiData.column(tenant, "select count(*) from kpi_peer_figure", Long.class))
                .as("the compared community, its five peers and the same client's other one")
                .containsExactly(7L);
        // A closed month is computed when read.
        PeerBands previous = SignedIn.as(tenant.clientUser(), () -> peers.bands(compared, month.previous()));
        assertThat(previous.band(Kpi.MEMBERS_NEW).orElseThrow().shown()).isTrue();
    }

    private List<BigDecimal> joinerBand() {
        PeerBands.Band band = SignedIn.as(tenant.clientUser(), () -> peers.bands(compared, month))
                .band(Kpi.MEMBERS_NEW).orElseThrow();
        // Scale 1, as shown.
        return java.util.stream.Stream.of(band.low(), band.median(), band.high())
                .map(value -> java.util.Objects.requireNonNull(value).setScale(1, java.math.RoundingMode.HALF_UP))
                .toList();
    }

    @Test
    void withFewerThanFiveCommunitiesTheBandSaysHowManyThereAre() {
        SignedIn.run(tenant.admin(), () -> {
            var last = communities.readable(peerIds.getLast());
            CommunityForm form = CommunityForm.of(last);
            form.setStatus(CommunityStatus.ARCHIVED);
            communities.update(last.id(), last.version(), form);
        });
        PeerBands bands = SignedIn.as(tenant.clientUser(), () -> peers.bands(compared, month));
        PeerBands.Band joiners = bands.band(Kpi.MEMBERS_NEW).orElseThrow();
        assertThat(joiners.shown()).isFalse();
        assertThat(joiners.communities()).isEqualTo(4);
        assertThat(joiners.low()).isNull();

        login(tenant.clientUser());
        UI.getCurrent().navigate(KpiNavigation.dashboardPath(compared));
        assertThat(everything(UI.getCurrent()))
                .contains("Not enough comparable communities (4 of 5)");
    }

    @Test
    void staffSeeEachCommunitysStandingAndClientsNever() {
        PeerStanding standing = SignedIn.as(tenant.admin(), () -> peers.standing(month, List.of(Kpi.MEMBERS_NEW)));
        PeerStanding.Row row = standing.rows().stream().filter(r -> r.communityId().equals(compared)).findFirst()
                .orElseThrow();
        assertThat(row.compared()).isTrue();
        assertThat(row.peers()).isEqualTo(5);
        // 10 beats 3 and 7 of the five peers.
        assertThat(row.rank(Kpi.MEMBERS_NEW).percentile()).isEqualByComparingTo("40");
        PeerStanding.Row otherChannel = standing.rows().stream()
                .filter(r -> r.communityName().startsWith("Other channel community")).findFirst().orElseThrow();
        assertThat(otherChannel.compared()).isFalse();
        assertThat(otherChannel.peers()).isZero();

        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> peers.standing(month, List.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertDenied(KpiNavigation.STANDING_ROUTE, tenant.clientUser());

        login(tenant.admin());
        UI.getCurrent().navigate(KpiNavigation.STANDING_ROUTE);
        @SuppressWarnings("unchecked")
        Grid<PeerStanding.Row> grid = _get(Grid.class, spec -> spec.withId("standing-grid"));
        assertThat(grid).isNotNull();
        int otherRow = standing.rows().indexOf(otherChannel);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, otherRow, "peers"))
                .isEqualTo("Not enough comparable communities (0 of 5)");
    }

    @Test
    void aCommunityWithoutAVerticalIsNotCompared() {
        PeerBands bands = SignedIn.as(tenant.operator(), () -> peers.bands(tenant.communityId(), month));
        assertThat(bands.status()).isEqualTo(PeerBands.Status.NO_VERTICAL);
        assertThat(bands.bands()).isEmpty();
    }

    private UUID client(String name) {
        ClientForm form = new ClientForm();
        form.setName(name + " " + UUID.randomUUID());
        return SignedIn.as(tenant.admin(), () -> clients.create(form)).id();
    }

    private UUID community(String name, UUID client, Channel channel) {
        CommunityForm form = new CommunityForm();
        form.setName(name + " " + UUID.randomUUID().toString().substring(0, 6));
        form.setClientId(client);
        form.setChannel(channel);
        form.setStatus(CommunityStatus.ACTIVE);
        form.setVerticalId(education);
        return SignedIn.as(tenant.admin(), () -> communities.create(form)).id();
    }

    /** Every text, attribute and markup property of the page, as a client's browser would receive it. */
    private static String everything(Component root) {
        StringBuilder all = new StringBuilder();
        collect(root, all);
        return all.toString();
    }

    private static void collect(Component component, StringBuilder all) {
        Element element = component.getElement();
        all.append(element.getText()).append('\n');
        element.getPropertyNames().forEach(name -> all.append(element.getProperty(name, "")).append('\n'));
        element.getAttributeNames().forEach(name -> all.append(element.getAttribute(name)).append('\n'));
        component.getChildren().forEach(child -> collect(child, all));
    }
}
