package app.communityops.content;

import static app.communityops.content.ContentFixtures.form;
import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ContentServiceTest {

    @Autowired TestTenants tenants;
    @Autowired ContentService content;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantZone zones;

    Fixture tenant;
    ZoneId zone;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        zone = as(tenant.admin(), zones::current);
    }

    @Test
    void anItemGoesFromIdeaToPublishedAndEveryMoveIsRecorded() {
        LocalDateTime tomorrow = LocalDateTime.now(zone).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        ContentDetails idea = as(tenant.operator(), () -> content.create(form(tenant.communityId(), "Deep dive", tomorrow)));
        assertThat(idea.status()).isEqualTo(ContentStatus.IDEA);
        assertThat(idea.publishAt()).isEqualTo(tomorrow.atZone(zone).toInstant());

        ContentDetails item = idea;
        for (ContentStatus next : List.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED,
                ContentStatus.PUBLISHED)) {
            ContentDetails current = item;
            item = as(tenant.operator(), () -> content.move(current.id(), current.version(), next));
            assertThat(item.status()).isEqualTo(next);
        }
        // Published ahead of the plan: the publish time becomes the real one.
        assertThat(item.publishAt()).isBefore(tomorrow.atZone(zone).toInstant());
        assertThat(as(tenant.admin(), () -> content.transitions(idea.id())))
                .extracting(TransitionDetails::from, TransitionDetails::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, ContentStatus.IDEA),
                        org.assertj.core.groups.Tuple.tuple(ContentStatus.IDEA, ContentStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(ContentStatus.DRAFT, ContentStatus.IN_REVIEW),
                        org.assertj.core.groups.Tuple.tuple(ContentStatus.IN_REVIEW, ContentStatus.SCHEDULED),
                        org.assertj.core.groups.Tuple.tuple(ContentStatus.SCHEDULED, ContentStatus.PUBLISHED));
        assertThat(as(tenant.admin(), () -> content.transitions(idea.id())))
                .allSatisfy(move -> assertThat(move.actorName()).isEqualTo(tenant.operator().displayName()));
    }

    @Test
    void onlySensibleMovesAreAllowed() {
        ContentDetails idea = create("Idea", null);
        assertRefused(() -> content.move(idea.id(), idea.version(), ContentStatus.PUBLISHED), "content.error.transition");
        assertRefused(() -> content.move(idea.id(), idea.version(), ContentStatus.SCHEDULED), "content.error.transition");
        ContentDetails archived = as(tenant.admin(), () -> content.move(idea.id(), idea.version(), ContentStatus.ARCHIVED));
        assertRefused(() -> content.move(archived.id(), archived.version(), ContentStatus.DRAFT),
                "content.error.transition");
        assertRefused(() -> content.update(archived.id(), archived.version(), form(tenant.communityId(), "x", null)),
                "content.error.archived");
        assertThat(ContentStatus.PUBLISHED.next()).containsExactly(ContentStatus.ARCHIVED);
    }

    @Test
    void aScheduledItemNeedsAFuturePublishTime() {
        ContentDetails unplanned = inReview(create("Unplanned", null));
        assertRefused(() -> content.move(unplanned.id(), unplanned.version(), ContentStatus.SCHEDULED),
                "content.error.scheduleInPast");
        ContentDetails past = inReview(create("Past", LocalDateTime.now(zone).minusHours(1)));
        assertRefused(() -> content.move(past.id(), past.version(), ContentStatus.SCHEDULED),
                "content.error.scheduleInPast");

        ContentDetails scheduled = scheduled(create("Future", LocalDateTime.now(zone).plusDays(2)));
        assertRefused(() -> content.update(scheduled.id(), scheduled.version(), form(tenant.communityId(), "Future",
                LocalDateTime.now(zone).minusDays(1))), "content.error.scheduleInPast");
        assertRefused(() -> content.reschedule(scheduled.id(), scheduled.version(), Instant.now().minusSeconds(60)),
                "content.error.scheduleInPast");
        Instant later = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(as(tenant.admin(), () -> content.reschedule(scheduled.id(), scheduled.version(), later)).publishAt())
                .isEqualTo(later);
    }

    @Test
    void publishedItemsKeepTheirTimeAndRecordEngagement() {
        ContentDetails scheduled = scheduled(create("Tips", LocalDateTime.now(zone).plusDays(1)));
        assertRefused(() -> content.recordEngagement(scheduled.id(), scheduled.version(),
                EngagementForm.of(1, 1, 1, 1)), "content.error.notPublished");
        ContentDetails published = as(tenant.admin(),
                () -> content.move(scheduled.id(), scheduled.version(), ContentStatus.PUBLISHED));
        assertRefused(() -> content.reschedule(published.id(), published.version(), Instant.now().plusSeconds(3600)),
                "content.error.fixedTime");
        assertRefused(() -> content.recordEngagement(published.id(), published.version(),
                EngagementForm.of(10, -1, 0, 0)), "content.error.negative");
        ContentDetails counted = as(tenant.operator(), () -> content.recordEngagement(published.id(),
                published.version(), EngagementForm.of(1200, 85, 14, 9)));
        assertThat(counted.engagement()).isEqualTo(new Engagement(1200, 85, 14, 9));
        assertThatThrownBy(() -> as(tenant.operator(), () -> content.recordEngagement(published.id(),
                published.version(), EngagementForm.of(1, 1, 1, 1)))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void unsafeBodiesAndStrangersAsAuthorsAreRefused() {
        ContentForm script = form(tenant.communityId(), "XSS", null);
        script.setMarkdown(true);
        script.setBody("Hi <script>alert(1)</script>");
        assertRefused(() -> content.create(script), "content.error.unsafeBody");
        script.setBody("[click](javascript:alert(document.cookie))");
        assertRefused(() -> content.create(script), "content.error.unsafeBody");
        ContentForm clientAuthor = form(tenant.communityId(), "By a client", null);
        clientAuthor.setAuthorId(tenant.clientUser().userId());
        assertRefused(() -> content.create(clientAuthor), "content.error.author");
        ContentForm staffAuthor = form(tenant.communityId(), "By staff", null);
        staffAuthor.setAuthorId(tenant.operator().userId());
        assertThat(as(tenant.admin(), () -> content.create(staffAuthor)).authorName())
                .isEqualTo(tenant.operator().displayName());
    }

    @Test
    void anItemServesSeveralCommunitiesButOnlyThoseTheEditorMayChange() {
        ContentForm shared = form(tenant.communityId(), "Shared series", null);
        shared.setCommunityIds(new LinkedHashSet<>(List.of(tenant.communityId(), tenant.unassignedCommunityId())));
        assertThatThrownBy(() -> as(tenant.operator(), () -> content.create(shared))).isInstanceOf(NotFoundException.class);
        ContentDetails item = as(tenant.admin(), () -> content.create(shared));
        assertThat(as(tenant.admin(), () -> content.list(tenant.unassignedCommunityId(), ContentFilter.ANY, 0, 10)))
                .extracting(ContentDetails::id).containsExactly(item.id());
        // The operator sees it in the assigned community but may not change what the other community shows.
        assertThat(as(tenant.operator(), () -> content.find(tenant.communityId(), item.id())).title())
                .isEqualTo("Shared series");
        assertThatThrownBy(() -> as(tenant.operator(), () -> content.move(item.id(), item.version(),
                ContentStatus.DRAFT))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void filtersAndPagingOfTheList() {
        ContentDetails first = create("First", null);
        ContentDetails draft = as(tenant.admin(), () -> content.move(create("Second", null).id(), 0, ContentStatus.DRAFT));
        ContentForm rules = form(tenant.communityId(), "Rules", null);
        rules.setCategory(ContentCategory.RULES);
        ContentDetails institutional = as(tenant.admin(), () -> content.create(rules));
        assertThat(as(tenant.admin(), () -> content.count(tenant.communityId(), ContentFilter.ANY))).isEqualTo(3);
        assertThat(as(tenant.admin(), () -> content.list(tenant.communityId(),
                new ContentFilter(Set.of(ContentStatus.DRAFT), Set.of()), 0, 10)))
                .extracting(ContentDetails::id).containsExactly(draft.id());
        assertThat(as(tenant.admin(), () -> content.list(tenant.communityId(),
                new ContentFilter(Set.of(), Set.of(ContentKind.INSTITUTIONAL)), 0, 10)))
                .extracting(ContentDetails::id).containsExactly(institutional.id());
        assertThat(as(tenant.admin(), () -> content.list(tenant.communityId(), ContentFilter.ANY, 1, 1))).hasSize(1);
        assertThat(first.kind()).isEqualTo(ContentKind.VALUE);
    }

    private ContentDetails create(String title, LocalDateTime publishAt) {
        return as(tenant.admin(), () -> content.create(form(tenant.communityId(), title, publishAt)));
    }

    private ContentDetails inReview(ContentDetails item) {
        ContentDetails draft = as(tenant.admin(), () -> content.move(item.id(), item.version(), ContentStatus.DRAFT));
        return as(tenant.admin(), () -> content.move(draft.id(), draft.version(), ContentStatus.IN_REVIEW));
    }

    private ContentDetails scheduled(ContentDetails item) {
        ContentDetails review = inReview(item);
        return as(tenant.admin(), () -> content.move(review.id(), review.version(), ContentStatus.SCHEDULED));
    }

    private void assertRefused(Runnable call, String key) {
        assertThatThrownBy(() -> as(tenant.admin(), () -> {
            call.run();
            return null;
        })).isInstanceOf(UserFacingException.class)
                .satisfies(error -> assertThat(((UserFacingException) error).messageKey()).isEqualTo(key));
    }
}
