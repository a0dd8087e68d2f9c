package app.communityops.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CalendarFeedTest {

    private static final String BASE = "https://ops.example.test";

    @Autowired
    private CalendarFeedService feeds;
    @Autowired
    private TestCalendarSource source;
    @Autowired
    private TestTenants tenants;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private TestTenants.Fixture tenant;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
    }

    @Test
    void theFeedListsTheCommunitysEntriesAsEventsInTheTenantsZone() throws Exception {
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        CalendarEntry meetup = source.add(tenant.tenantId(), tenant.communityId(), "Meetup, Q&A; \"open\" 社群分享会",
                start, Duration.ofHours(2), "activity.regular", "planned", true);
        source.add(tenant.tenantId(), tenant.unassignedCommunityId(), "Elsewhere", start, null, "content.value",
                "draft", true);
        String token = SignedIn.as(tenant.operator(), () -> feeds.regenerate(tenant.communityId()));

        String text = feeds.render(token, BASE).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        assertThat(text).contains("\r\n").contains("BEGIN:VTIMEZONE").contains("TZID:Asia/Shanghai");
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(text(event, Property.SUMMARY)).isEqualTo(meetup.title());
            assertThat(text(event, Property.UID)).isEqualTo("test-" + meetup.id() + "@communityops");
            assertThat(text(event, Property.DESCRIPTION)).startsWith(meetup.description());
            assertThat(text(event, Property.LOCATION)).isEqualTo(meetup.location());
            assertThat(text(event, Property.URL)).isEqualTo(BASE + "/communities/" + tenant.communityId());
            assertThat(text(event, Property.STATUS)).isEqualTo("CONFIRMED");
            assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow()
                    .getValue()).isEqualTo("Asia/Shanghai");
            // ical4j names the zone it parsed from the VTIMEZONE its own way; the instant is what must match.
            assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
        });
    }

    @Test
    void theFeedCoversThePastMonthAndTheComingYearOnly() {
        Instant now = Instant.now();
        source.add(tenant.tenantId(), tenant.communityId(), "Last week", now.minus(7, ChronoUnit.DAYS), null,
                "content.value", "published", true);
        source.add(tenant.tenantId(), tenant.communityId(), "Long ago", now.minus(60, ChronoUnit.DAYS), null,
                "content.value", "published", true);
        source.add(tenant.tenantId(), tenant.communityId(), "Far ahead", now.plus(400, ChronoUnit.DAYS), null,
                "content.value", "idea", true);
        String token = SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.communityId()));

        String text = feeds.render(token, BASE).orElseThrow();

        assertThat(text).contains("SUMMARY:Last week").doesNotContain("Long ago").doesNotContain("Far ahead");
    }

    @Test
    void aNewAddressTurnsTheOldOneOff() {
        String first = SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.communityId()));
        assertThat(feeds.render(first, BASE)).isPresent();

        String second = SignedIn.as(tenant.operator(), () -> feeds.regenerate(tenant.communityId()));

        assertThat(second).isNotEqualTo(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(feeds.render(first, BASE)).isEmpty();
        assertThat(feeds.render(second, BASE)).isPresent();
        assertThat(SignedIn.as(tenant.admin(), () -> feeds.feedCreatedAt(tenant.communityId()))).isPresent();
        SignedIn.run(tenant.admin(), () -> feeds.revoke(tenant.communityId()));
        assertThat(feeds.render(second, BASE)).isEmpty();
    }

    @Test
    void unknownOrMalformedTokensOpenNothing() {
        assertThat(feeds.render("A".repeat(43), BASE)).isEmpty();
        assertThat(feeds.render("../../etc/passwd", BASE)).isEmpty();
        assertThat(feeds.render("", BASE)).isEmpty();
    }

    @Test
    void onlyTheCommunitysStaffMayMakeItsAddress() {
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> feeds.regenerate(tenant.communityId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> feeds.regenerate(tenant.communityId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> feeds.feedCreatedAt(tenant.communityId())))
                .isInstanceOf(AccessDeniedException.class);
        TestTenants.Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> feeds.regenerate(tenant.communityId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTokenOfOneTenantNeverShowsAnotherTenantsEntries() {
        TestTenants.Fixture other = tenants.create();
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        source.add(tenant.tenantId(), tenant.communityId(), "Ours", start, null, "content.value", "draft", true);
        // The other tenant's entry even names our community id: the tenant, not the id, decides.
        source.add(other.tenantId(), tenant.communityId(), "Theirs", start, null, "content.value", "draft", true);
        source.add(other.tenantId(), other.communityId(), "Theirs too", start, null, "content.value", "draft", true);
        String ours = SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.communityId()));
        String theirs = SignedIn.as(other.admin(), () -> feeds.regenerate(other.communityId()));

        assertThat(feeds.render(ours, BASE).orElseThrow()).contains("SUMMARY:Ours").doesNotContain("Theirs");
        assertThat(feeds.render(theirs, BASE).orElseThrow()).contains("SUMMARY:Theirs too")
                .doesNotContain("SUMMARY:Ours");
    }

    @Test
    void anotherTenantCanNeitherSeeNorChangeFeedRowsInTheDatabase() {
        SignedIn.run(tenant.admin(), () -> feeds.regenerate(tenant.communityId()));
        TestTenants.Fixture other = tenants.create();
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);

        Integer seen = app.communityops.shared.TenantContext.callAs(other.tenantId(), () -> transactions.execute(
                status -> jdbc.queryForObject("select count(*) from calendar_feed where community_id = ?",
                        Integer.class, tenant.communityId())));
        Integer changed = app.communityops.shared.TenantContext.callAs(other.tenantId(), () -> transactions.execute(
                status -> jdbc.update("update calendar_feed set token_hash = ? where community_id = ?",
                        new byte[32], tenant.communityId())));
        Integer withoutTenant = transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from calendar_feed", Integer.class));

        assertThat(seen).isZero();
        assertThat(changed).isZero();
        assertThat(withoutTenant).isZero();
        assertThat(SignedIn.as(tenant.admin(), () -> feeds.feedCreatedAt(tenant.communityId()))).isPresent();
    }

    @Test
    void statusesMapToICalendarStatuses() {
        assertThat(IcsWriter.status("cancelled")).isEqualTo("CANCELLED");
        assertThat(IcsWriter.status("in_review")).isEqualTo("TENTATIVE");
        assertThat(IcsWriter.status("IDEA")).isEqualTo("TENTATIVE");
        assertThat(IcsWriter.status("scheduled")).isEqualTo("CONFIRMED");
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
