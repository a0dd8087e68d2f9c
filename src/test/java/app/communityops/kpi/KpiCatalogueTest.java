package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KPI catalogue is the one place a KPI is declared: each KPI says where it is computed, where it shows and its
 * texts, and each of those declarations is kept by what reads it. A KPI added to {@link Kpi} without its
 * computation in its source, its daily series in {@code DailySeries} or its texts in both languages fails here.
 */
@IntegrationTest
class KpiCatalogueTest {

    static final KpiPeriod MARCH = KpiPeriod.of(PeriodKind.MONTH, LocalDate.of(2026, 3, 1));
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired TestTenants tenants;
    @Autowired KpiTestData data;
    @Autowired KpiCalculator calculator;
    @Autowired DailySeries series;
    @Autowired KpiService kpis;
    @Autowired PlatformTransactionManager transactionManager;

    @Test
    void everyKpiDeclaresItsUnitSourceAreaCardAndDailySeries() {
        for (Kpi kpi : Kpi.values()) {
            assertThat(kpi.unit()).as("unit of %s", kpi).isNotNull();
            assertThat(kpi.source()).as("source of %s", kpi).isNotNull();
            assertThat(kpi.area()).as("area of %s", kpi).isNotNull();
            assertThat(kpi.card()).as("card of %s (or Card.NONE)", kpi).isNotNull();
            assertThat(kpi.daily()).as("daily series of %s (or Daily.NONE)", kpi).isNotNull();
        }
        assertThat(Arrays.stream(Kpi.Area.values()).flatMap(area -> area.cards().stream()))
                .as("every KPI with a card is in exactly one area's cards")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Kpi.values())
                        .filter(kpi -> kpi.card() == Kpi.Card.SHOWN).toList());
    }

    @Test
    void everyKpiTextAndAreaTitleExistsInEnglishAndChinese() throws IOException {
        for (String language : List.of("en", "zh_CN")) {
            Properties kpiTexts = bundle("kpi", language);
            for (Kpi kpi : Kpi.values()) {
                assertThat(kpi.textKeys()).as("texts of %s", kpi).hasSize(3);
                kpi.textKeys().forEach(key -> assertThat(kpiTexts.getProperty(key))
                        .as("%s in kpi_%s", key, language).isNotBlank());
            }
            Properties dashboardTexts = bundle("dashboard", language);
            for (Kpi.Area area : Kpi.Area.values()) {
                assertThat(dashboardTexts.getProperty(area.titleKey()))
                        .as("%s in dashboard_%s", area.titleKey(), language).isNotBlank();
            }
        }
    }

    @Test
    void eachSourceComputesEveryKpiDeclaredFromItAndNoOther() {
        Fixture tenant = tenants.create();
        UUID community = tenant.communityId();
        UUID[] member = data.member(tenant, community, "m1");
        data.history(tenant, community, member[1], "JOINED", Instant.parse("2026-03-10T02:00:00Z"));
        LocalDate today = LocalDate.of(2026, 4, 15);
        for (Kpi.Source source : Kpi.Source.values()) {
            List<Kpi> declared = Kpi.from(source);
            assertThat(declared).as("KPIs of %s", source).isNotEmpty();
            Map<Kpi, @Nullable BigDecimal> computed = inTransaction(tenant, () -> calculator.compute(community, MARCH,
                    today, ZONE, declared, true));
            assertThat(computed.keySet()).as("computed from %s", source)
                    .containsExactlyInAnyOrderElementsOf(declared);
        }
        Map<Kpi, @Nullable BigDecimal> all = inTransaction(tenant, () -> calculator.compute(community, MARCH, today,
                ZONE, Arrays.asList(Kpi.values()), true));
        assertThat(all.keySet()).as("every KPI computed").containsExactlyInAnyOrder(Kpi.values());
    }

    @Test
    void everyKpiWithADailySeriesHasOnePointADayAndTheOthersNone() {
        Fixture tenant = tenants.create();
        UUID community = tenant.communityId();
        UUID[] member = data.member(tenant, community, "m1");
        data.history(tenant, community, member[1], "JOINED", Instant.parse("2026-03-10T02:00:00Z"));
        Window march = new Window(MARCH.start(), MARCH.last(), ZONE);

        Map<Kpi, List<DayPoint>> daily = inTransaction(tenant, () -> series.all(community, march, 0));

        assertThat(daily.keySet()).isEqualTo(Set.copyOf(Kpi.withDailySeries()));
        daily.forEach((kpi, points) -> assertThat(points).as("days of %s", kpi).hasSize(31));
        assertThat(daily.get(Kpi.MEMBERS_NEW).stream().map(DayPoint::value).collect(Collectors.toList()))
                .as("a join on 10 March").contains(BigDecimal.ONE);
        KpiBoard board = SignedIn.as(tenant.operator(), () -> kpis.board(community, MARCH));
        for (KpiValue value : board.values()) {
            assertThat(value.series().isEmpty()).as("series of %s", value.kpi())
                    .isEqualTo(value.kpi().daily() == Kpi.Daily.NONE);
        }
    }

    private <T> T inTransaction(Fixture tenant, java.util.function.Supplier<T> work) {
        return SignedIn.as(tenant.operator(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> work.get()));
    }

    private static Properties bundle(String feature, String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("i18n/" + feature + "_" + language
                + ".properties").getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
