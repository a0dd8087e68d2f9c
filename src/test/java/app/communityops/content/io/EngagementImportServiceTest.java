package app.communityops.content.io;

import static app.communityops.content.ContentFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.communityops.content.ContentDetails;
import app.communityops.content.ContentService;
import app.communityops.content.ContentStatus;
import app.communityops.content.Engagement;
import app.communityops.content.EngagementForm;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class EngagementImportServiceTest {

    @Autowired TestTenants tenants;
    @Autowired ContentService content;
    @Autowired EngagementImportService imports;

    @TempDir
    Path dir;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void figuresAreRecordedByIdOrTitleAndAnEmptyCellKeepsTheFigure() throws IOException {
        ContentDetails tips = published(tenant, tenant.communityId(), "Interview tips");
        ContentDetails deep = published(tenant, tenant.communityId(), "行业深度：产品经理");
        SignedIn.as(tenant.admin(), () -> content.recordEngagement(deep.id(), deep.version(),
                EngagementForm.of(10, 2, 1, 0)));
        Path file = file("item,views,reactions,replies,shares\nInterview tips,\"1,200\",85,14,9\n"
                + deep.id() + ",300,,,4\n", StandardCharsets.UTF_8);

        CsvImportOutcome checked = SignedIn.as(tenant.operator(),
                () -> imports.check(tenant.communityId(), file, ImportProgress.NONE));
        assertThat(checked.problems()).isEmpty();
        assertThat(engagement(tips.id())).isEqualTo(new Engagement(null, null, null, null));

        CsvImportOutcome outcome = importAs(tenant.operator(), tenant.communityId(), file);
        assertThat(outcome).extracting(CsvImportOutcome::rows, CsvImportOutcome::written, CsvImportOutcome::imported)
                .containsExactly(2, 2, true);
        assertThat(engagement(tips.id())).isEqualTo(new Engagement(1200, 85, 14, 9));
        assertThat(engagement(deep.id())).isEqualTo(new Engagement(300, 2, 1, 4));

        assertThat(importAs(tenant.operator(), tenant.communityId(), file).written()).isEqualTo(2);
        assertThat(engagement(tips.id())).isEqualTo(new Engagement(1200, 85, 14, 9));
    }

    @Test
    void anyBadRowImportsNothing() throws IOException {
        ContentDetails tips = published(tenant, tenant.communityId(), "Tips");
        published(tenant, tenant.communityId(), "Twin");
        published(tenant, tenant.communityId(), "Twin");
        SignedIn.as(tenant.admin(), () -> content.create(form(tenant.communityId(), "Idea", null)));
        Path file = file("标题,阅读,点赞,评论,转发\nTips,5,1,0,0\nIdea,1,1,1,1\nTwin,1,1,1,1\nNobody,1,1,1,1\n"
                + "Tips,-3,x,'=1+1,\n,1,1,1,1\n", Charset.forName("GBK"));

        CsvImportOutcome outcome = importAs(tenant.operator(), tenant.communityId(), file);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(3L, "标题", "content.io.reason.notPublished"),
                        tuple(4L, "标题", "content.io.reason.ambiguousTitle"),
                        tuple(5L, "标题", "content.io.reason.unknownItem"),
                        tuple(6L, "标题", "content.io.reason.duplicateItem"),
                        tuple(6L, "阅读", "content.io.reason.notACount"),
                        tuple(6L, "点赞", "content.io.reason.notACount"),
                        tuple(6L, "评论", "content.io.reason.notACount"),
                        tuple(7L, "标题", "shared.csv.reason.required"));
        assertThat(engagement(tips.id())).isEqualTo(new Engagement(null, null, null, null));

        Path huge = file("item,views\nTips,\"" + "9".repeat(10 * 1024 * 1024) + "\"\n", StandardCharsets.UTF_8);
        assertThat(importAs(tenant.operator(), tenant.communityId(), huge).problems())
                .extracting(ImportProblem::reasonKey).containsExactly("shared.csv.reason.tooLong");
    }

    @Test
    void anotherTenantsOrCommunitysItemsAreUnknownAndOnlyAssignedStaffMayImport() throws IOException {
        Fixture other = tenants.create();
        ContentDetails foreign = published(other, other.communityId(), "Foreign");
        ContentDetails unassigned = published(tenant, tenant.unassignedCommunityId(), "Elsewhere");
        Path file = file("item,views\n" + foreign.id() + ",1\nForeign,1\n" + unassigned.id() + ",1\n",
                StandardCharsets.UTF_8);

        assertThat(importAs(tenant.operator(), tenant.communityId(), file).problems())
                .extracting(ImportProblem::reasonKey).containsOnly("content.io.reason.unknownItem").hasSize(3);
        assertThatThrownBy(() -> importAs(tenant.operator(), tenant.unassignedCommunityId(), file))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.operator(), other.communityId(), file))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.clientUser(), tenant.communityId(), file))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Engagement engagement(UUID id) {
        return SignedIn.as(tenant.admin(), () -> content.find(tenant.communityId(), id)).engagement();
    }

    private CsvImportOutcome importAs(AppPrincipal user, UUID communityId, Path file) {
        return SignedIn.as(user, () -> imports.importFile(communityId, file, ImportProgress.NONE));
    }

    ContentDetails published(Fixture in, UUID communityId, String title) {
        return SignedIn.as(in.admin(), () -> {
            ContentDetails item = content.create(form(communityId, title, LocalDateTime.now().plusDays(2)));
            for (ContentStatus next : new ContentStatus[] {ContentStatus.DRAFT, ContentStatus.IN_REVIEW,
                    ContentStatus.SCHEDULED, ContentStatus.PUBLISHED}) {
                item = content.move(item.id(), item.version(), next);
            }
            return item;
        });
    }

    private Path file(String text, Charset charset) throws IOException {
        return Files.write(Files.createTempFile(dir, "engagement", ".csv"), text.getBytes(charset));
    }
}
