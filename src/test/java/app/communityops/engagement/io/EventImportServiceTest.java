package app.communityops.engagement.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.tenancy.TenantZone;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EventImportServiceTest {

    private static final String HEADER = "member,type,occurred at,event id,content,activity\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired TestTenants tenants;
    @Autowired MemberService members;
    @Autowired EventImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired TenantZone zones;

    @TempDir
    Path dir;

    Fixture tenant;
    ZoneId zone;
    LocalDateTime recent;
    String at;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        member(tenant, "ada", "X-ADA");
        member(tenant, "Bob", null);
        zone = SignedIn.as(tenant.operator(), zones::current);
        recent = LocalDateTime.now(zone).minusDays(2).truncatedTo(ChronoUnit.MINUTES);
        at = recent.format(LOCAL);
    }

    @Test
    void aGoodFileIsCheckedThenImportedWithEveryTypeAndReimportingItAddsNothing() throws IOException {
        String iso = recent.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.ofHours(8)).toString();
        Path file = file(HEADER
                + "ada,发言," + at + ",E-1,,\n"
                + "X-ADA,reply," + iso + ",E-2,,\n"
                + "BOB,点赞," + at + ",E-3,,\n"
                + "bob,表情," + at + ",E-4,,\n"
                + "ada,阅读," + at + ",E-5,article-7,\n"
                + "ada,参加活动," + at + ",E-6,,meetup-3\n"
                + "ada,打卡," + at + ",E-7,,\n"
                + "ada,推荐," + at + ",E-8,,\n"
                + "ada,custom:红包接龙," + at + ",E-9,,\n"
                + "ada,Message Posted," + at + ",E-10,,\n"
                + "ada,check_in," + at + ",E-7,,\n", StandardCharsets.UTF_8);

        CsvImportOutcome checked = importAs(tenant.operator(), tenant.communityId(), file, false);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked).extracting(CsvImportOutcome::rows, CsvImportOutcome::written, CsvImportOutcome::skipped,
                CsvImportOutcome::imported).containsExactly(11, 10, 1, false);
        assertThat(count(tenant, "select count(*) from engagement_event")).isZero();

        CsvImportOutcome imported = importAs(tenant.operator(), tenant.communityId(), file, true);
        assertThat(imported).extracting(CsvImportOutcome::rows, CsvImportOutcome::written, CsvImportOutcome::skipped,
                CsvImportOutcome::imported).containsExactly(11, 10, 1, true);
        assertThat(column(tenant, "select type || coalesce(':' || custom_type, '') from engagement_event"
                + " order by event_key")).containsExactly("MESSAGE_POSTED", "MESSAGE_POSTED", "REPLY", "REACTION",
                "REACTION", "CONTENT_VIEWED", "ACTIVITY_ATTENDED", "CHECK_IN", "REFERRAL", "CUSTOM:红包接龙");
        assertThat(column(tenant, "select coalesce(content_ref, activity_ref) from engagement_event"
                + " where content_ref is not null or activity_ref is not null order by 1"))
                .containsExactly("article-7", "meetup-3");
        Instant expected = recent.atZone(zone).toInstant();
        assertThat(count(tenant, "select count(*) from engagement_event where occurred_at = '"
                + Timestamp.from(expected).toInstant() + "'")).isEqualTo(10);
        assertThat(count(tenant, "select count(distinct member_id) from engagement_event where source = 'csv'"))
                .isEqualTo(2);

        CsvImportOutcome again = importAs(tenant.operator(), tenant.communityId(), file, true);
        assertThat(again).extracting(CsvImportOutcome::written, CsvImportOutcome::skipped).containsExactly(0, 11);
        assertThat(count(tenant, "select count(*) from engagement_event")).isEqualTo(10);
    }

    @Test
    void aGbkFileWithChineseHeadersAndChineseDatesIsRead() throws IOException {
        String chinese = recent.format(DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
        Path file = file("成员,类型,发生时间,事件编号\nada,打卡," + chinese + ",G-1\nada,自定义：早安打卡," + chinese
                + ",G-2\n", Charset.forName("GBK"));
        CsvImportOutcome outcome = importAs(tenant.operator(), tenant.communityId(), file, true);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.written()).isEqualTo(2);
        assertThat(column(tenant, "select coalesce(custom_type, type) from engagement_event order by event_key"))
                .containsExactly("CHECK_IN", "早安打卡");
    }

    @Test
    void everyBadRowIsListedByLineAndColumnAndNothingIsWritten() throws IOException {
        String future = LocalDateTime.now(zone).plusDays(2).format(LOCAL);
        String ancient = LocalDateTime.now(zone).minusDays(500).format(LOCAL);
        Path file = file(HEADER
                + ",发言," + at + ",B-1,,\n"
                + "ada,," + at + ",B-2,,\n"
                + "ada,发言,,B-3,,\n"
                + "ada,replly," + at + ",B-4,,\n"
                + "ghost,发言," + at + ",B-5,,\n"
                + "ada,发言," + future + ",B-6,,\n"
                + "ada,发言," + ancient + ",B-7,,\n"
                + "ada,发言,yesterday,B-8,,\n"
                + "'=cmd|' /C calc'!A0,发言," + at + ",B-9,,\n"
                + "ada,=1+1," + at + ",B-10,,\n"
                + "ada,custom," + at + ",B-11,,\n"
                + "ada,发言," + at + ",\"" + "x".repeat(10 * 1024 * 1024) + "\",,\n"
                + "ada,发言," + at + ",B-12,,\n", StandardCharsets.UTF_8);

        CsvImportOutcome outcome = importAs(tenant.operator(), tenant.communityId(), file, true);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(2L, "member", "shared.csv.reason.required"),
                        tuple(3L, "type", "shared.csv.reason.required"),
                        tuple(4L, "occurred at", "shared.csv.reason.required"),
                        tuple(5L, "type", "engagement.io.reason.unknownType"),
                        tuple(6L, "member", "engagement.io.reason.unknownMember"),
                        tuple(7L, "occurred at", "engagement.error.inFuture"),
                        tuple(8L, "occurred at", "engagement.error.tooOld"),
                        tuple(9L, "occurred at", "engagement.io.reason.badTime"),
                        tuple(10L, "member", "engagement.io.reason.unknownMember"),
                        tuple(11L, "type", "engagement.io.reason.unknownType"),
                        tuple(12L, "type", "engagement.error.customTypeRequired"),
                        tuple(13L, "event id", "shared.csv.reason.tooLong"));
        assertThat(outcome.problems().get(8).arguments()).containsExactly("=cmd|' /C calc'!A0");
        assertThat(count(tenant, "select count(*) from engagement_event")).isZero();
        assertThat(count(tenant, "select count(*) from engagement_event_key")).isZero();
    }

    @Test
    void aBadRowAfterChunksAlreadyWrittenLeavesNothingWritten() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        int rows = EventImportService.CHUNK * 2 + 500;
        for (int i = 0; i < rows; i++) {
            text.append(i % 2 == 0 ? "ada" : "bob").append(",reply,").append(at).append(",C-").append(i)
                    .append(",,\n");
        }
        Path good = file(text.toString(), StandardCharsets.UTF_8);
        Path bad = file(text + "ghost,reply," + at + ",C-last,,\n", StandardCharsets.UTF_8);

        CsvImportOutcome refused = importAs(tenant.operator(), tenant.communityId(), bad, true);
        assertThat(refused.problems()).extracting(ImportProblem::line).containsExactly(rows + 2L);
        assertThat(count(tenant, "select count(*) from engagement_event")).isZero();
        assertThat(count(tenant, "select count(*) from engagement_event_key")).isZero();

        assertThat(importAs(tenant.operator(), tenant.communityId(), good, true).written()).isEqualTo(rows);
        assertThat(count(tenant, "select count(*) from engagement_event")).isEqualTo(rows);
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsIsRefusedAsAWhole() throws IOException {
        assertThat(importAs(tenant.operator(), tenant.communityId(), file("member,event id\nada,1\n",
                StandardCharsets.UTF_8), true).problems()).extracting(ImportProblem::reasonKey)
                .containsExactly("shared.csv.reason.missingColumn", "shared.csv.reason.missingColumn");
        assertThat(importAs(tenant.operator(), tenant.communityId(), file(HEADER, StandardCharsets.UTF_8), true)
                .problems()).extracting(ImportProblem::reasonKey).containsExactly("shared.csv.reason.noRows");
    }

    @Test
    void anotherTenantsMembersAreUnknownAndOnlyAssignedStaffMayImport() throws IOException {
        Fixture other = tenants.create();
        member(other, "stranger", "X-STRANGER");
        Path foreign = file(HEADER + "stranger,reply," + at + ",F-1,,\nX-STRANGER,reply," + at + ",F-2,,\n",
                StandardCharsets.UTF_8);
        assertThat(importAs(tenant.operator(), tenant.communityId(), foreign, true).problems())
                .extracting(ImportProblem::reasonKey)
                .containsExactly("engagement.io.reason.unknownMember", "engagement.io.reason.unknownMember");

        Path good = file(HEADER + "ada,reply," + at + ",I-1,,\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importAs(tenant.operator(), other.communityId(), good, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.operator(), tenant.unassignedCommunityId(), good, true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.operator(), tenant.unassignedCommunityId(), good, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.clientUser(), tenant.communityId(), good, true))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(importAs(tenant.admin(), tenant.communityId(), good, true).written()).isEqualTo(1);
        assertThat(count(tenant, "select count(*) from engagement_event")).isEqualTo(1);
        assertThat(count(other, "select count(*) from engagement_event")).isZero();
        assertThat(count(other, "select count(*) from engagement_event_key")).isZero();
    }

    private void member(Fixture fixture, String handle, String externalId) {
        SignedIn.run(fixture.admin(), () -> {
            MemberForm form = new MemberForm();
            form.setName(handle);
            form.setHandle(handle);
            form.setExternalId(externalId);
            members.addToCommunity(fixture.communityId(), form);
        });
    }

    private CsvImportOutcome importAs(AppPrincipal user, UUID communityId, Path file, boolean write) {
        return SignedIn.as(user, () -> write ? imports.importFile(communityId, file, ImportProgress.NONE)
                : imports.check(communityId, file, ImportProgress.NONE));
    }

    private int count(Fixture fixture, String sql) {
        Integer count = TenantContext.callAs(fixture.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForObject(sql, Integer.class)));
        return count == null ? 0 : count;
    }

    private List<String> column(Fixture fixture, String sql) {
        return TenantContext.callAs(fixture.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(s -> jdbc.queryForList(sql, String.class)));
    }

    private Path file(String text, Charset charset) throws IOException {
        return Files.write(Files.createTempFile(dir, "events", ".csv"), text.getBytes(charset));
    }
}
