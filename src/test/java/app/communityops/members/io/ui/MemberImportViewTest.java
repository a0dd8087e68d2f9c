package app.communityops.members.io.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.io.ImportField;
import app.communityops.members.io.MemberIoFixtures;
import app.communityops.members.io.MemberIoNavigation;
import app.communityops.shared.csv.CsvDelimiter;
import app.communityops.shared.csv.CsvEncoding;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MemberImportViewTest extends KaribuTest {

    private static final String GOOD = "姓名,微信号,等级,备注\n张伟,zhangwei,Gold,老学员\nAda,ada,,\n";

    @Autowired
    MemberIoFixtures fixtures;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        fixtures.tier(tenant.tenantId(), "Gold", 1);
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(MemberIoNavigation::importPath, tenant);
        assertNotFound("communities/nonsense/members/import", tenant.operator());
    }

    @Test
    void operatorsSeeTheImportOfTheirCommunityOnly() {
        login(tenant.operator());
        UI.getCurrent().navigate(MemberIoNavigation.importPath(tenant.communityId()));
        MemberImportView view = _get(MemberImportView.class);
        assertThat(view.getPageTitle()).isEqualTo("Import members");
        assertThat(_get(H2.class, spec -> spec.withId("import-title")).getText())
                .isEqualTo("Import members into Community " + suffix());
        assertThat(_get(Anchor.class, spec -> spec.withId("import-back")).getHref())
                .isEqualTo("communities/" + tenant.communityId() + "/members");
        _assertNone(Div.class, spec -> spec.withId("import-file"));
    }

    @Test
    void anUploadedFileIsPreviewedWithItsDetectedFormatAndMappingWhichTheUserCanChange() throws Exception {
        MemberImportView view = open();

        upload(view, "姓名\t微信号\t标签\n王芳\twangfang\t设计\n", Charset.forName("GBK"));

        assertThat(select(CsvEncoding.class, "import-encoding").getValue()).isEqualTo(CsvEncoding.GBK);
        assertThat(select(CsvDelimiter.class, "import-delimiter").getValue()).isEqualTo(CsvDelimiter.TAB);
        assertThat(select(ImportField.class, "mapping-0").getValue()).isEqualTo(ImportField.NAME);
        assertThat(select(ImportField.class, "mapping-2").getValue()).isEqualTo(ImportField.TAGS);
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(1);
        assertThat(preview.getColumnByKey("preview-0").getHeaderText()).isEqualTo("姓名 → Name");

        select(ImportField.class, "mapping-2").setValue(null);
        assertThat(preview.getColumnByKey("preview-2").getHeaderText()).isEqualTo("标签 → (ignore)");

        select(CsvEncoding.class, "import-encoding").setValue(CsvEncoding.UTF_8);
        settle(view);
        assertThat(select(CsvEncoding.class, "import-encoding").getValue()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(rowOf(preview).getFirst()).contains("\uFFFD");
    }

    @Test
    void aBadFileImportsNothingAndListsItsProblemsWithADownloadableReport() throws Exception {
        MemberImportView view = open();
        upload(view, "name,handle,email,tier\nGood,good,,\n,nameless,,\nTwin,good,bad-mail,Diamond\n",
                StandardCharsets.UTF_8);

        _click(_get(Button.class, spec -> spec.withId("import-start")));
        settle(view);

        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(4);
        assertThat(rows(problems)).containsExactlyInAnyOrder(List.of("3", "name", "Required."),
                List.of("4", "email", "Not a valid email address."),
                List.of("4", "tier", "No member tier is called \"Diamond\"."),
                List.of("4", "handle", "The same handle as line 2."));
        String report = new String(DownloadKt.download(_get(Anchor.class, spec -> spec.withId("import-report"))),
                StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFLine,Column,Reason").contains("4,handle,The same handle as line 2.");
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();
    }

    @Test
    void checkingAGoodFileSaysWhatItWouldDoAndImportingItShowsProgressThenTheResult() throws Exception {
        MemberImportView view = open();
        upload(view, GOOD, StandardCharsets.UTF_8);

        _click(_get(Button.class, spec -> spec.withId("import-check")));
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-valid")).getText())
                .isEqualTo("The file is good: 2 rows, 2 new to the community, 0 already in it.");
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();

        _click(_get(Button.class, spec -> spec.withId("import-start")));
        assertThat(_get(ProgressBar.class, spec -> spec.withId("import-progress")).isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("import-start")).isEnabled()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(500);
        settle(view);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Imported 2 members (2 new, 0 updated).");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-done-link")).getHref())
                .isEqualTo("communities/" + tenant.communityId() + "/members");
        _assertNone(ProgressBar.class, spec -> spec.withId("import-progress"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from membership where community_id = ?",
                tenant.communityId())).isEqualTo(2);
    }

    @Test
    void theScreenSpeaksChinese() throws Exception {
        login(tenant.admin());
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(MemberIoNavigation.importPath(tenant.communityId()));
        MemberImportView view = _get(MemberImportView.class);
        upload(view, GOOD, StandardCharsets.UTF_8);
        _click(_get(Button.class, spec -> spec.withId("import-start")));
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("已导入 2 名成员（新增 2 名，更新 0 名）。");
    }

    private MemberImportView open() {
        login(tenant.admin());
        UI.getCurrent().navigate(MemberIoNavigation.importPath(tenant.communityId()));
        return _get(MemberImportView.class);
    }

    private static void upload(MemberImportView view, String text, Charset charset) throws Exception {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "members.csv", "text/csv",
                text.getBytes(charset));
        settle(view);
    }

    /** Waits for the worker, then lets the UI run what it handed back, as the next poll would. */
    private static void settle(MemberImportView view) throws Exception {
        view.work().get(60, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(Class<T> type, String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Grid<?> grid) {
        Grid<Object> rows = (Grid<Object>) grid;
        return java.util.stream.IntStream.range(0, GridKt._size(rows))
                .mapToObj(i -> GridKt._getFormattedRow(rows, GridKt._get(rows, i))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowOf(Grid<?> grid) {
        Grid<Object> rows = (Grid<Object>) grid;
        return GridKt._getFormattedRow(rows, GridKt._get(rows, 0));
    }

    private String suffix() {
        return tenant.name().substring("Tenant ".length());
    }
}
