package app.communityops.members.io;

import static app.communityops.members.io.MemberIoFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.communityops.members.MemberFilter;
import app.communityops.members.MemberSort;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberHealthTestData;
import app.communityops.members.MemberHealthTestData.Score;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class MemberExportTest {

    private static final String MEMBERS = """
            name,nickname,handle,phone,email,tags,channel,tier,lifetime purchase,status,joined
            Ada Lovelace,Ada,ada,+8613800000001,ada@example.com,math;pioneer,Forum,Gold,1200.50,,2026-01-10
            "=cmd|' /C calc'!A0",,formula,,,,,,,,2026-02-01
            张伟,小张,zhangwei,,,产品经理,求职App,,0,PENDING_REVIEW,
            Bob,,bob,,,math,Forum,,10,,2026-03-05
            """;

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestTenants tenants;
    @Autowired
    MemberIoFixtures fixtures;
    @Autowired
    MemberImportService imports;
    @Autowired
    MemberExportService exports;
    @Autowired
    MemberHealthTestData health;

    @TempDir
    Path dir;

    MockMvc mvc;
    Fixture tenant;
    UUID gold;
    UUID forum;

    @BeforeEach
    void membersToExport() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tenant = tenants.create();
        gold = fixtures.tier(tenant.tenantId(), "Gold", 1);
        forum = fixtures.channel(tenant.tenantId(), "Forum");
        fixtures.channel(tenant.tenantId(), "求职App");
        ImportOutcome outcome = SignedIn.as(tenant.admin(), () -> imports.importFile(tenant.communityId(),
                file(dir, MEMBERS, StandardCharsets.UTF_8), ImportSettings.DETECT, ImportProgress.NONE));
        assertThat(outcome.imported()).isTrue();
    }

    @Test
    void exportsEveryMemberWithABomATranslatedHeaderAndFormulasNeutralised() throws Exception {
        MockHttpServletResponse response = call(tenant.operator(), "");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(body);
        assertThat(rows.getFirst().values()).containsExactly("Name", "Nickname", "Handle", "Phone", "Email", "Tags",
                "Channel", "Tier", "Lifetime purchase", "Status", "Joined", "Last active", "Warnings", "Health score",
                "Health segment");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(2))
                .containsExactly("formula", "ada", "bob", "zhangwei");
        assertThat(rows.get(1).get(0)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(rows.get(2).values()).containsExactly("Ada Lovelace", "Ada", "ada", "'+8613800000001",
                "ada@example.com", "math; pioneer", "Forum", "Gold", "1200.50", "JOINED", "2026-01-10", "2026-01-10",
                "0", "", "");
        assertThat(rows.get(4).values()).containsExactly("张伟", "小张", "zhangwei", "", "", "产品经理", "求职App", "", "0.00",
                "PENDING_REVIEW", "", "", "0", "", "");
    }

    @Test
    void theHeaderFollowsTheUsersLanguageAndTheExportImportsBackUnchanged() throws Exception {
        AppPrincipal chinese = tenant.admin().withLocale(Locale.SIMPLIFIED_CHINESE);
        byte[] body = call(chinese, "").getContentAsByteArray();
        assertThat(parse(body).getFirst().values()).startsWith("姓名", "昵称", "账号", "手机", "邮箱");

        Path exported = dir.resolve("exported.csv");
        Files.write(exported, body);
        ImportOutcome again = SignedIn.as(tenant.admin(), () -> imports.importFile(tenant.communityId(), exported,
                ImportSettings.DETECT, ImportProgress.NONE));

        assertThat(again.problems()).isEmpty();
        assertThat(again).extracting(ImportOutcome::created, ImportOutcome::updated).containsExactly(0, 4);
        assertThat(fixtures.rows(tenant.tenantId(), "select name, phone, version from member where handle in ('formula', 'ada') order by handle"))
                .extracting(row -> row.get("name"), row -> row.get("phone"), row -> row.get("version"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ada Lovelace", "+8613800000001", 0L),
                        org.assertj.core.groups.Tuple.tuple("=cmd|' /C calc'!A0", null, 0L));
    }

    @Test
    void appliesTheGridsFilterAndSort() throws Exception {
        assertThat(handles(call(tenant.admin(), "?status=PENDING_REVIEW"))).containsExactly("zhangwei");
        assertThat(handles(call(tenant.admin(), "?status=PENDING_REVIEW&status=JOINED&tag=math")))
                .containsExactly("ada", "bob");
        assertThat(handles(call(tenant.admin(), "?tier=" + gold))).containsExactly("ada");
        assertThat(handles(call(tenant.admin(), "?channel=" + forum + "&sort=joined&desc=true")))
                .containsExactly("bob", "ada");
        assertThat(handles(call(tenant.admin(), "?from=2026-01-11&to=2026-03-05"))).containsExactly("formula", "bob");
        assertThat(handles(call(tenant.admin(), "?q=LOVE"))).containsExactly("ada");
        assertThat(handles(call(tenant.admin(), "?q=%25"))).isEmpty();
        assertThat(handles(call(tenant.admin(), "?sort=handle&desc=true")))
                .containsExactly("zhangwei", "formula", "bob", "ada");
        assertThat(handles(call(tenant.admin(), "?mechanism=PAID_ENTRY"))).isEmpty();
    }

    @Test
    void appliesTheHealthFiltersAndOrderAndWritesTheScores() throws Exception {
        health.score(tenant.tenantId(), membership("ada"), YearMonth.now(), Score.of(35, HealthSegment.AT_RISK));
        health.score(tenant.tenantId(), membership("bob"), YearMonth.now(), Score.of(88, HealthSegment.CHAMPION));

        assertThat(handles(call(tenant.admin(), "?segment=AT_RISK"))).containsExactly("ada");
        assertThat(handles(call(tenant.admin(), "?segment=AT_RISK&segment=CHAMPION&sort=health&desc=true")))
                .containsExactly("bob", "ada");
        assertThat(handles(call(tenant.admin(), "?scoreFrom=50&scoreTo=100"))).containsExactly("bob");
        assertThat(handles(call(tenant.admin(), "?sort=health"))).startsWith("ada", "bob").hasSize(4);
        List<CSVRecord> rows = parse(call(tenant.admin(), "?segment=AT_RISK").getContentAsByteArray());
        assertThat(rows.get(1).values()).endsWith("35", "AT_RISK");
        assertThat(call(tenant.admin(), "?segment=GLOWING").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), "?scoreFrom=80&scoreTo=20").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), "?scoreTo=101").getStatus()).isEqualTo(400);
    }

    private UUID membership(String handle) {
        return (UUID) fixtures.rows(tenant.tenantId(), "select id from membership where member_handle = ?", handle)
                .getFirst().get("id");
    }

    @Test
    void malformedParametersAreABadRequest() throws Exception {
        assertThat(call(tenant.admin(), "?status=NOPE").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), "?from=yesterday").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), "?sort=shoe").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), "?desc=maybe").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), "?mechanism=LOTTERY").getStatus()).as("a mechanism screening does not know")
                .isEqualTo(400);
    }

    @Test
    void onlyStaffWhoMaySeeTheCommunityGetItsMembers() throws Exception {
        Fixture other = tenants.create();
        assertThat(call(tenant.clientUser(), "").getStatus()).as("client of the community's client (decision 0021)")
                .isEqualTo(404);
        assertThat(call(other.admin(), "").getStatus()).as("another tenant's admin").isEqualTo(404);
        assertThat(call(tenant.otherOperator(), "").getStatus()).as("operator not assigned").isEqualTo(404);
        assertThat(mvc.perform(get(path(tenant.otherClientCommunityId()))
                .with(authentication(SignedIn.authentication(tenant.clientUser())))).andReturn().getResponse()
                .getStatus()).as("client user, another client's community").isEqualTo(404);
        assertThat(mvc.perform(get("/export/communities/not-an-id/members.csv")
                .with(authentication(SignedIn.authentication(tenant.admin())))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(call(tenants.platformAdmin(), "").getStatus()).as("platform admin").isEqualTo(403);
    }

    @Test
    void theServiceRefusesCommunitiesOutsideTheUsersScope() {
        Fixture other = tenants.create();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(other.admin(),
                () -> exports.export(MemberFilter.all(tenant.communityId()), MemberSort.BY_NAME, Locale.ENGLISH, out)))
                .isInstanceOf(app.communityops.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> exports.export(MemberFilter.all(tenant.otherClientCommunityId()), MemberSort.BY_NAME, Locale.ENGLISH,
                        out)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> exports.export(MemberFilter.all(tenant.communityId()), MemberSort.BY_NAME, Locale.ENGLISH, out)))
                .as("a client user, its own client's community")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(SignedIn.as(other.admin(), () -> exports.community(tenant.communityId()))).isEmpty();
        assertThat(SignedIn.as(tenant.clientUser(), () -> exports.community(tenant.communityId()))).isEmpty();
        assertThat(out.size()).isZero();
    }

    @Test
    void anonymousCallersGetNothing() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path(tenant.communityId()))).andReturn().getResponse();
        assertThat(response.getStatus()).isIn(401, 403);
        assertThat(response.getContentAsString()).doesNotContain("ada");
    }

    @Test
    void rowsAreWrittenAsTheyAreReadNotCollectedFirst() {
        StringBuilder many = new StringBuilder("name,handle\n");
        for (int i = 0; i < 3000; i++) {
            many.append("Member ").append(i).append(",m").append(i).append('\n');
        }
        fixtures.maxMembers(tenant.tenantId(), 10_000);
        fixtures.capacity(tenant.tenantId(), tenant.unassignedCommunityId(), null);
        SignedIn.run(tenant.admin(), () -> imports.importFile(tenant.unassignedCommunityId(),
                file(dir, many.toString(), StandardCharsets.UTF_8), ImportSettings.DETECT, ImportProgress.NONE));
        CountingStream out = new CountingStream();

        long rows = SignedIn.as(tenant.admin(), () -> exports.export(
                MemberFilter.all(tenant.unassignedCommunityId()), MemberSort.BY_NAME, Locale.ENGLISH, out));

        assertThat(rows).isEqualTo(3000);
        assertThat(out.writes).as("output reached the stream in many small writes").isGreaterThan(10);
        assertThat(out.bytes).isGreaterThan(3000 * 10);
    }

    private MockHttpServletResponse call(AppPrincipal user, String query) throws Exception {
        MockHttpServletRequestBuilder request = get(path(tenant.communityId()) + query)
                .with(authentication(SignedIn.authentication(user)));
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String path(UUID communityId) {
        return "/export/communities/" + communityId + "/members.csv";
    }

    private static List<String> handles(MockHttpServletResponse response) throws IOException {
        assertThat(response.getStatus()).isEqualTo(200);
        List<CSVRecord> rows = parse(response.getContentAsByteArray());
        return rows.subList(1, rows.size()).stream().map(row -> row.get(2)).toList();
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    /** Counts the writes that reach it, as a servlet output stream would receive them. */
    private static final class CountingStream extends OutputStream {
        int writes;
        long bytes;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            writes++;
            bytes += length;
        }
    }
}
