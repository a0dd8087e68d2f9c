package app.communityops.members.io;

import static app.communityops.members.io.MemberIoFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.communityops.shared.NotFoundException;
import app.communityops.shared.csv.CsvDelimiter;
import app.communityops.shared.csv.CsvEncoding;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MemberImportServiceTest {

    private static final String GOOD = """
            姓名,昵称,微信号,手机,邮箱,标签,渠道,等级,累计消费,备注,外部编号,状态,入群日期
            张伟,小张,zhangwei,13800000001,zw@example.com,产品经理；转行,求职App,Gold,199.90,老学员,EXT-1,,2026-01-15
            李娜,,lina,13800000002,,运营|新人,,,0,,,PENDING_REVIEW,
            Ada Lovelace,Ada,ada,,ada@example.com,,,,"1,200.50",,EXT-3,joined,2025/12/01
            """;

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberIoFixtures fixtures;
    @Autowired
    MemberImportService imports;

    @TempDir
    Path dir;

    Fixture tenant;
    UUID gold;
    UUID jobApp;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        gold = fixtures.tier(tenant.tenantId(), "Gold", 1);
        jobApp = fixtures.channel(tenant.tenantId(), "求职App");
    }

    @Test
    void aGoodFileIsImportedWithMembersMembershipsHistoryAndOneAuditEntry() {
        ImportOutcome outcome = importAs(tenant.operator(), GOOD);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome).extracting(ImportOutcome::rows, ImportOutcome::created, ImportOutcome::updated)
                .containsExactly(3, 3, 0);

        Map<String, Object> zhang = fixtures.rows(tenant.tenantId(), "select * from member where handle = 'zhangwei'")
                .getFirst();
        assertThat(zhang).containsEntry("name", "张伟").containsEntry("nickname", "小张")
                .containsEntry("phone", "13800000001").containsEntry("email", "zw@example.com")
                .containsEntry("channel_id", jobApp).containsEntry("tier_id", gold)
                .containsEntry("notes", "老学员").containsEntry("external_id", "EXT-1");
        assertThat((BigDecimal) zhang.get("lifetime_purchase")).isEqualByComparingTo("199.90");
        assertThat(tags("zhangwei")).containsExactly("产品经理", "转行");
        assertThat(tags("lina")).containsExactly("运营", "新人");
        assertThat((BigDecimal) fixtures.rows(tenant.tenantId(), "select lifetime_purchase from member where handle = 'ada'")
                .getFirst().get("lifetime_purchase")).isEqualByComparingTo("1200.50");

        List<Map<String, Object>> memberships = fixtures.rows(tenant.tenantId(), """
                select member_handle, member_name, status, joined_at, channel_id, tier_id, version from membership
                where community_id = ? order by member_handle""", tenant.communityId());
        assertThat(memberships).extracting(row -> row.get("member_handle"), row -> row.get("status"))
                .containsExactly(tuple("ada", "JOINED"), tuple("lina", "PENDING_REVIEW"), tuple("zhangwei", "JOINED"));
        assertThat(memberships.get(2)).containsEntry("member_name", "张伟").containsEntry("channel_id", jobApp)
                .containsEntry("tier_id", gold)
                .containsEntry("joined_at", Timestamp.from(Instant.parse("2026-01-15T00:00:00Z")));
        assertThat(memberships.get(1).get("joined_at")).isNull();

        assertThat(fixtures.rows(tenant.tenantId(), """
                select m.member_handle, e.type, e.actor_id from membership_event e join membership m on m.id = e.membership_id
                where e.community_id = ? order by m.member_handle, e.type""", tenant.communityId()))
                .extracting(row -> row.get("member_handle"), row -> row.get("type"), row -> row.get("actor_id"))
                .containsExactly(tuple("ada", "JOINED", tenant.operator().userId()),
                        tuple("lina", "APPLIED", tenant.operator().userId()),
                        tuple("zhangwei", "JOINED", tenant.operator().userId()));

        List<Map<String, Object>> audit = fixtures.rows(tenant.tenantId(),
                "select entity_id, changes::text as changes from audit_entry where entity_type = 'MemberImport'");
        assertThat(audit).hasSize(1);
        assertThat(audit.getFirst().get("entity_id")).isEqualTo(tenant.communityId().toString());
        assertThat((String) audit.getFirst().get("changes")).contains("\"rows\": 3", "\"created\": 3", "\"updated\": 0");
        assertThat(fixtures.count(tenant.tenantId(),
                "select count(*) from audit_entry where entity_type in ('Member', 'Membership')")).isZero();
    }

    @Test
    void importingTheSameFileAgainUpdatesInsteadOfDuplicating() {
        importAs(tenant.admin(), GOOD);
        List<Map<String, Object>> before = fixtures.rows(tenant.tenantId(), "select id, version from member order by id");

        ImportOutcome again = importAs(tenant.admin(), GOOD);

        assertThat(again.imported()).isTrue();
        assertThat(again).extracting(ImportOutcome::created, ImportOutcome::updated).containsExactly(0, 3);
        assertThat(fixtures.rows(tenant.tenantId(), "select id, version from member order by id")).isEqualTo(before);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from membership")).isEqualTo(3);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from membership_event")).isEqualTo(3);
    }

    @Test
    void aChangedRowUpdatesTheMemberAndTheGridCopiesButKeepsTheMembershipAsItIs() {
        importAs(tenant.admin(), GOOD);
        UUID silver = fixtures.tier(tenant.tenantId(), "Silver", 0);
        fixtures.update(tenant.tenantId(), "update membership set status = 'ELIMINATED' where member_handle = 'lina'");

        ImportOutcome outcome = importAs(tenant.admin(), """
                name,handle,tier,notes,status
                Li Na,LiNa,silver,moved to Shanghai,JOINED
                """);

        assertThat(outcome).extracting(ImportOutcome::created, ImportOutcome::updated).containsExactly(0, 1);
        Map<String, Object> lina = fixtures.rows(tenant.tenantId(), "select * from member where lower(handle) = 'lina'")
                .getFirst();
        assertThat(lina).containsEntry("name", "Li Na").containsEntry("handle", "LiNa").containsEntry("tier_id", silver)
                .containsEntry("notes", "moved to Shanghai").containsEntry("phone", "13800000002")
                .containsEntry("version", 1L);
        assertThat(fixtures.rows(tenant.tenantId(), "select * from membership where member_id = ?", lina.get("id"))
                .getFirst()).containsEntry("member_name", "Li Na").containsEntry("member_handle", "LiNa")
                .containsEntry("tier_id", silver).containsEntry("status", "ELIMINATED").containsEntry("version", 1L);
    }

    @Test
    void aRowWithANewHandleMatchesTheMemberWithTheSamePhoneOrEmail() {
        importAs(tenant.admin(), GOOD);

        ImportOutcome outcome = importInto(tenant.admin(), tenant.unassignedCommunityId(), """
                name,handle,phone,email
                张伟,zw-new,13800000001,
                Ada,ada-new,,ADA@example.com
                Bob,bob,,
                """);

        assertThat(outcome).extracting(ImportOutcome::created, ImportOutcome::updated).containsExactly(3, 0);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isEqualTo(4);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member where handle in ('zw-new', 'ada-new')"))
                .isEqualTo(2);
        assertThat(fixtures.count(tenant.tenantId(),
                "select count(*) from membership where member_handle = 'zw-new'")).isEqualTo(2);
    }

    @Test
    void aContactSharedBySeveralMembersOrRowsClaimingOneMemberAreRefused() {
        importAs(tenant.admin(), """
                name,handle,phone,external id
                One,one,555,E1
                Two,two,555,E2
                """);

        ImportOutcome outcome = importAs(tenant.admin(), """
                name,handle,phone,external id
                Someone,someone,555,
                One again,ONE,,
                One by external id,another,,E1
                """);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::reasonKey).containsExactly(
                tuple(2L, "memberio.reason.ambiguousMatch"), tuple(4L, "memberio.reason.externalIdTaken"));
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isEqualTo(2);
    }

    @Test
    void aFileFullOfBadRowsImportsNothingAndNamesEveryProblem() throws IOException {
        Path bad = dir.resolve("bad.csv");
        try (OutputStream out = Files.newOutputStream(bad)) {
            out.write(("name,handle,email,lifetime purchase,tier,notes\n"
                    + "Good Row,good,good@example.com,10,Gold,fine\n"
                    + ",no-name,,,,\n"
                    + "No Handle,,,,,\n").getBytes(StandardCharsets.UTF_8));
            out.write("Broken ".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            out.write((",broken,,,,\n"
                    + "Twin,good,,,,\n"
                    + "Bad Mail,mail,not-an-email,,,\n"
                    + "Negative,neg,,-5,,\n"
                    + "Too Precise,precise,,1.999,,\n"
                    + "Unknown Tier,tier,,,Diamond,\n"
                    + "Formula,\"=cmd|' /C calc'!A0\",,,,\n"
                    + "Huge,huge,,,,\"").getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(block);
            }
            out.write("\"\nLast,last,,,,ok\n".getBytes(StandardCharsets.UTF_8));
        }

        ImportOutcome outcome = SignedIn.as(tenant.operator(),
                () -> imports.importFile(tenant.communityId(), bad, ImportSettings.DETECT, ImportProgress.NONE));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.rows()).isEqualTo(12);
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(3L, "name", "memberio.reason.required"),
                        tuple(4L, "handle", "memberio.reason.required"),
                        tuple(5L, "name", "memberio.reason.badEncoding"),
                        tuple(6L, "handle", "memberio.reason.duplicateHandle"),
                        tuple(7L, "email", "memberio.reason.email"),
                        tuple(8L, "lifetime purchase", "memberio.reason.negative"),
                        tuple(9L, "lifetime purchase", "memberio.reason.money"),
                        tuple(10L, "tier", "memberio.reason.unknownTier"),
                        tuple(12L, "notes", "memberio.reason.tooLong"));
        assertThat(outcome.problems().get(3).arguments()).containsExactly("2");
        assertThat(outcome.problems().get(7).arguments()).containsExactly("Diamond");
        assertThat(outcome.problems().get(8).arguments()).containsExactly("2000");
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from membership")).isZero();
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from audit_entry where entity_type = 'MemberImport'"))
                .isZero();
    }

    @Test
    void aProblemFoundAfterEarlierBatchesWereWrittenStillLeavesNothingImported() {
        roomFor(MemberImportService.BATCH_ROWS * 2);
        StringBuilder csv = new StringBuilder("name,handle,email\n");
        for (int i = 0; i < MemberImportService.BATCH_ROWS + 50; i++) {
            csv.append("Member ").append(i).append(",m").append(i).append(",\n");
        }
        csv.append("Last,last,not-an-email\n");

        ImportOutcome outcome = importAs(tenant.admin(), csv.toString());

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::reasonKey)
                .containsExactly(tuple((long) MemberImportService.BATCH_ROWS + 52, "memberio.reason.email"));
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from membership_event")).isZero();
    }

    @Test
    void everyBatchIsMatchedAgainstTheMembersAsTheyWereBeforeTheImport() {
        roomFor(MemberImportService.BATCH_ROWS * 2);
        importAs(tenant.admin(), """
                name,handle,phone
                Existing,x,555
                """);
        StringBuilder csv = new StringBuilder("name,handle,phone\nExisting,x,777\nNew one,n1,888\n");
        for (int i = 0; i < MemberImportService.BATCH_ROWS; i++) {
            csv.append("Member ").append(i).append(",m").append(i).append(",\n");
        }
        long lateLine = MemberImportService.BATCH_ROWS + 4;
        csv.append("Old phone,y,555\nNew phone,n2,888\n");
        Path file = file(dir, csv.toString(), StandardCharsets.UTF_8);

        ImportOutcome checked = SignedIn.as(tenant.admin(),
                () -> imports.check(tenant.communityId(), file, ImportSettings.DETECT, ImportProgress.NONE));
        ImportOutcome imported = SignedIn.as(tenant.admin(),
                () -> imports.importFile(tenant.communityId(), file, ImportSettings.DETECT, ImportProgress.NONE));

        assertThat(imported.problems()).extracting(ImportProblem::line, ImportProblem::reasonKey, ImportProblem::arguments)
                .containsExactly(tuple(lateLine, "memberio.reason.sameMember", List.of("2")));
        assertThat(checked.problems()).isEqualTo(imported.problems());
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isEqualTo(1);
        assertThat(fixtures.rows(tenant.tenantId(), "select phone from member").getFirst()).containsEntry("phone", "555");
    }

    @Test
    void aGbkFileWithTabsImportsItsChineseText() {
        Path gbk = file(dir, "姓名\t账号\t标签\n王芳\twangfang\t设计，转行\n", Charset.forName("GBK"));

        ImportOutcome outcome = SignedIn.as(tenant.admin(),
                () -> imports.importFile(tenant.communityId(), gbk, ImportSettings.DETECT, ImportProgress.NONE));

        assertThat(outcome.imported()).isTrue();
        assertThat(fixtures.rows(tenant.tenantId(), "select name from member").getFirst()).containsEntry("name", "王芳");
        assertThat(tags("wangfang")).containsExactly("设计", "转行");
    }

    @Test
    void aFileThatWouldOverfillTheCommunityIsRefusedWhole() {
        fixtures.capacity(tenant.tenantId(), tenant.communityId(), 2);

        ImportOutcome outcome = importAs(tenant.admin(), GOOD + "Extra,,extra,,,,,,,,,JOINED,\n");

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::reasonKey, ImportProblem::arguments)
                .containsExactly(tuple(0L, "memberio.reason.capacity", List.of("2", "0", "3")));
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();

        fixtures.capacity(tenant.tenantId(), tenant.communityId(), 3);
        assertThat(importAs(tenant.admin(), GOOD + "Extra,,extra,,,,,,,,,PENDING_REVIEW,\n").imported())
                .as("pending members take no seat").isTrue();
    }

    @Test
    void aFileBeyondThePlansMemberLimitIsRefusedWhole() {
        fixtures.maxMembers(tenant.tenantId(), 2);

        ImportOutcome outcome = importAs(tenant.admin(), GOOD);

        assertThat(outcome.problems()).extracting(ImportProblem::reasonKey, ImportProblem::arguments)
                .containsExactly(tuple("memberio.reason.planLimit", List.of("2", "0", "3")));
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();
    }

    @Test
    void checkingAGoodFileWritesNothing() {
        ImportOutcome outcome = SignedIn.as(tenant.admin(), () -> imports.check(tenant.communityId(),
                file(dir, GOOD, StandardCharsets.UTF_8), ImportSettings.DETECT, ImportProgress.NONE));

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.created()).isEqualTo(3);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();
    }

    @Test
    void aMappingWithoutTheRequiredFieldsIsRefusedBeforeAnyRowIsRead() {
        Path csv = file(dir, GOOD, StandardCharsets.UTF_8);
        ImportPreview preview = SignedIn.as(tenant.admin(),
                () -> imports.preview(tenant.communityId(), csv, ImportSettings.DETECT));
        ColumnMapping withoutName = preview.mapping().with(0, null).with(1, ImportField.HANDLE);

        ImportOutcome outcome = SignedIn.as(tenant.admin(), () -> imports.importFile(tenant.communityId(), csv,
                new ImportSettings(null, null, withoutName), ImportProgress.NONE));

        assertThat(outcome.problems()).extracting(ImportProblem::reasonKey, ImportProblem::column).containsExactly(
                tuple("memberio.reason.missingName", null), tuple("memberio.reason.mappedTwice", "微信号"));
    }

    @Test
    void thePreviewShowsTheDetectedFormatTheMappingAndAtMostTwentyRows() {
        StringBuilder many = new StringBuilder("name,handle,shoe size\n");
        for (int i = 0; i < 30; i++) {
            many.append("Member ").append(i).append(",m").append(i).append(",42\n");
        }
        ImportPreview preview = SignedIn.as(tenant.operator(), () -> imports.preview(tenant.communityId(),
                file(dir, many.toString(), StandardCharsets.UTF_8), ImportSettings.DETECT));

        assertThat(preview.encoding()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(preview.delimiter()).isEqualTo(CsvDelimiter.COMMA);
        assertThat(preview.headers()).containsExactly("name", "handle", "shoe size");
        assertThat(preview.mapping().columns()).containsExactly(ImportField.NAME, ImportField.HANDLE, null);
        assertThat(preview.rows()).hasSize(20);
        assertThat(preview.rows().getFirst()).containsExactly("Member 0", "m0", "42");
    }

    @Test
    void anArchivedCommunityTakesNoImport() {
        fixtures.archive(tenant.tenantId(), tenant.communityId());
        assertThat(importAs(tenant.admin(), GOOD).problems()).extracting(ImportProblem::reasonKey)
                .containsExactly("memberio.reason.archived");
    }

    @Test
    void onlyStaffWhoMayWorkOnTheCommunityCanImportIntoIt() {
        Path csv = file(dir, GOOD, StandardCharsets.UTF_8);
        Fixture other = tenants.create();

        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> imports.importFile(tenant.communityId(), csv,
                ImportSettings.DETECT, ImportProgress.NONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(), () -> imports.importFile(tenant.communityId(),
                csv, ImportSettings.DETECT, ImportProgress.NONE))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> imports.preview(tenant.unassignedCommunityId(),
                csv, ImportSettings.DETECT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> imports.importFile(tenant.communityId(), csv,
                ImportSettings.DETECT, ImportProgress.NONE))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> imports.check(tenant.communityId(), csv,
                ImportSettings.DETECT, ImportProgress.NONE))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> imports.preview(tenant.communityId(), csv,
                ImportSettings.DETECT))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> imports.preview(tenant.communityId(), csv,
                ImportSettings.DETECT))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.count(tenant.tenantId(), "select count(*) from member")).isZero();
    }

    private void roomFor(int members) {
        fixtures.maxMembers(tenant.tenantId(), members);
        fixtures.capacity(tenant.tenantId(), tenant.communityId(), null);
    }

    private ImportOutcome importAs(app.communityops.shared.AppPrincipal user, String csv) {
        return importInto(user, tenant.communityId(), csv);
    }

    private ImportOutcome importInto(app.communityops.shared.AppPrincipal user, UUID communityId, String csv) {
        Path path = file(dir, csv, StandardCharsets.UTF_8);
        return SignedIn.as(user, () -> imports.importFile(communityId, path, ImportSettings.DETECT, ImportProgress.NONE));
    }

    private List<String> tags(String handle) {
        Object tags = fixtures.rows(tenant.tenantId(), "select array_to_string(tags, '|') as tags from member where handle = ?",
                handle).getFirst().get("tags");
        return tags == null || tags.toString().isEmpty() ? List.of() : new ArrayList<>(List.of(tags.toString().split("\\|")));
    }
}
