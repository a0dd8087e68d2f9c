package app.communityops.content;

import static app.communityops.content.ContentFixtures.form;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.calendar.CalendarAction;
import app.communityops.calendar.CalendarEntry;
import app.communityops.calendar.CalendarQuery;
import app.communityops.calendar.CalendarSource;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ContentCalendarSourceTest {

    @Autowired TestTenants tenants;
    @Autowired ContentService content;
    @Autowired List<CalendarSource> sources;
    @Autowired TenantZone zones;

    Fixture tenant;
    ZoneId zone;
    CalendarSource source;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        zone = as(tenant.admin(), zones::current);
        source = sources.stream().filter(candidate -> candidate.key().equals("content")).findFirst().orElseThrow();
    }

    @Test
    void itemsAppearAtTheirPublishTimeWithTheirKindAndStatus() {
        LocalDateTime inTwoDays = LocalDateTime.now(zone).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        ContentForm rules = form(tenant.communityId(), "Group rules", inTwoDays);
        rules.setCategory(ContentCategory.RULES);
        ContentDetails item = as(tenant.operator(), () -> content.create(rules));
        as(tenant.operator(), () -> content.create(form(tenant.communityId(), "Unplanned", null)));

        List<CalendarEntry> entries = as(tenant.operator(), () -> source.entries(week()));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(item.id().toString());
            assertThat(entry.source()).isEqualTo("content");
            assertThat(entry.start()).isEqualTo(inTwoDays.atZone(zone).toInstant());
            assertThat(entry.end()).isNull();
            assertThat(entry.category()).isEqualTo("content.institutional");
            assertThat(entry.status()).isEqualTo("idea");
            assertThat(entry.movable()).isTrue();
            assertThat(entry.href()).isEqualTo("communities/" + tenant.communityId() + "/content/" + item.id());
        });
        assertThat(as(tenant.operator(), () -> source.entries(new CalendarQuery(Set.of(tenant.communityId()),
                week().from(), week().to(), Set.of("content.value"), Set.of())))).isEmpty();
        assertThat(as(tenant.operator(), () -> source.entries(new CalendarQuery(Set.of(tenant.communityId()),
                week().from(), week().to(), Set.of(), Set.of("idea"))))).hasSize(1);
    }

    @Test
    void movingChangesThePublishTimeWithinTheRules() {
        ContentDetails item = as(tenant.operator(), () -> content.create(form(tenant.communityId(), "Tips",
                LocalDateTime.now(zone).plusDays(1))));
        Instant later = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        CalendarEntry moved = as(tenant.operator(), () -> source.move(item.id().toString(), item.version(), later));
        assertThat(moved.start()).isEqualTo(later);
        assertThat(moved.version()).isEqualTo(item.version() + 1);
        assertThatThrownBy(() -> as(tenant.operator(), () -> source.move(item.id().toString(), item.version(), later)))
                .isInstanceOf(ConcurrentEditException.class);

        ContentDetails draft = as(tenant.admin(), () -> content.move(item.id(), moved.version(), ContentStatus.DRAFT));
        ContentDetails review = as(tenant.admin(), () -> content.move(draft.id(), draft.version(),
                ContentStatus.IN_REVIEW));
        ContentDetails scheduled = as(tenant.admin(), () -> content.move(review.id(), review.version(),
                ContentStatus.SCHEDULED));
        assertThatThrownBy(() -> as(tenant.operator(), () -> source.move(scheduled.id().toString(),
                scheduled.version(), Instant.now().minus(1, ChronoUnit.DAYS))))
                .isInstanceOf(UserFacingException.class).hasMessage("content.error.scheduleInPast");
        ContentDetails published = as(tenant.admin(), () -> content.move(scheduled.id(), scheduled.version(),
                ContentStatus.PUBLISHED));
        assertThatThrownBy(() -> as(tenant.operator(), () -> source.move(published.id().toString(),
                published.version(), later))).isInstanceOf(UserFacingException.class)
                .hasMessage("content.error.fixedTime");
        assertThat(as(tenant.operator(), () -> source.entries(week()))).singleElement()
                .satisfies(entry -> assertThat(entry.movable()).isFalse());
    }

    @Test
    void staffMayCreateOnADayClientsMayNot() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(as(tenant.operator(), () -> source.createActions(tenant.communityId(), day)))
                .containsExactly(new CalendarAction("content.calendar.new",
                        "communities/" + tenant.communityId() + "/content?new=2026-12-01"));
        assertThat(as(tenant.operator(), () -> source.createActions(tenant.unassignedCommunityId(), day))).isEmpty();
        assertThat(as(tenant.clientUser(), () -> source.createActions(tenant.communityId(), day))).isEmpty();
    }

    private CalendarQuery week() {
        Instant now = Instant.now();
        return new CalendarQuery(Set.of(tenant.communityId(), tenant.unassignedCommunityId()), now.minus(1, ChronoUnit.DAYS),
                now.plus(6, ChronoUnit.DAYS), Set.of(), Set.of());
    }
}
