package app.communityops.members;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.io.ImportOutcome;
import app.communityops.members.io.ImportSettings;
import app.communityops.members.io.MemberImportService;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator who adds or imports someone by the handle, phone, email or external id of a person they cannot see
 * (a member of another community only) gets a record of their own and the tenant admin a suggestion to merge: the
 * other person's record is neither shown nor changed, and the answer is the one they would get if nobody had that
 * handle.
 */
@IntegrationTest
class MemberMatchingTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    MemberService members;
    @Autowired
    MemberImportService imports;
    @Autowired
    MemberMatchService matches;
    @Autowired
    MemberTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    TestTenants.Fixture tenant;
    UUID hidden;

    @BeforeEach
    void aPersonInACommunityTheOperatorDoesNotRun() {
        tenant = tenants.create();
        MemberForm form = form("Lin Hidden", "lin");
        form.setPhone("13900000007");
        form.setEmail("lin@private.test");
        form.setNotes("VIP, do not share");
        form.setExternalId("crm-7");
        hidden = SignedIn.as(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(), form))
                .memberId();
    }

    @Test
    void addingTheHandleOfSomeoneOutOfReachCreatesASeparateRecordAndLeavesTheirsAlone() {
        Map<String, Object> before = person(hidden);

        MembershipSummary added = SignedIn.as(tenant.operator(),
                () -> members.addToCommunity(tenant.communityId(), form("Lin New", "LIN")));

        assertThat(added.memberId()).isNotEqualTo(hidden);
        assertThat(person(hidden)).isEqualTo(before);
        assertThat(communitiesOf(hidden)).containsExactly(tenant.unassignedCommunityId());
        MemberDetails mine = SignedIn.as(tenant.operator(), () -> members.find(added.memberId())).orElseThrow();
        assertThat(mine.phone()).isNull();
        assertThat(mine.email()).isNull();
        assertThat(mine.notes()).isNull();
        assertThat(mine.externalId()).isNull();
        assertThat(SignedIn.as(tenant.operator(), () -> members.find(hidden))).isEmpty();
        assertThat(suggestions()).containsExactly(List.of(added.memberId(), hidden, "HANDLE"));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotSomeoneElseHasTheHandle() {
        MembershipSummary taken = SignedIn.as(tenant.operator(),
                () -> members.addToCommunity(tenant.communityId(), form("Lin New", "lin")));
        MembershipSummary free = SignedIn.as(tenant.operator(),
                () -> members.addToCommunity(tenant.communityId(), form("Lin New", "lin-free")));

        assertThat(shape(taken)).isEqualTo(shape(free));
        assertThat(refusal(() -> members.addToCommunity(tenant.communityId(), form("Again", "lin"))))
                .isEqualTo(refusal(() -> members.addToCommunity(tenant.communityId(), form("Again", "lin-free"))));
    }

    @Test
    void renamingOnesOwnMemberToAHandleOutOfReachIsNeitherRefusedNorRevealed() {
        MembershipSummary mine = SignedIn.as(tenant.operator(),
                () -> members.addToCommunity(tenant.communityId(), form("Mine", "mine")));
        Map<String, Object> before = person(hidden);

        MemberDetails renamed = SignedIn.as(tenant.operator(), () -> {
            MemberDetails current = members.find(mine.memberId()).orElseThrow();
            MemberForm form = MemberForm.of(current);
            form.setHandle("lin");
            form.setExternalId("crm-7");
            return members.update(current.id(), current.version(), form);
        });

        assertThat(renamed.handle()).isEqualTo("lin");
        assertThat(person(hidden)).isEqualTo(before);
        assertThat(suggestions()).containsExactly(List.of(mine.memberId(), hidden, "HANDLE"));
    }

    @Test
    void theTenantAdminStillReachesThePersonTheyCanSee() {
        MembershipSummary added = SignedIn.as(tenant.admin(),
                () -> members.addToCommunity(tenant.communityId(), form("Lin", "lin")));

        assertThat(added.memberId()).isEqualTo(hidden);
        assertThat(suggestions()).isEmpty();
    }

    @Test
    void importingRowsThatNameSomeoneOutOfReachCreatesSeparateRecordsWithTheSameOutcome() throws IOException {
        Map<String, Object> before = person(hidden);
        String header = "name,handle,phone,email,notes,external id\n";

        ImportOutcome matching = SignedIn.as(tenant.operator(), () -> imports.importFile(tenant.communityId(),
                csv(header + "By handle,lin,,,,\nBy phone,p1,13900000007,,,\nBy email,e1,,LIN@private.test,,\n"
                        + "By external id,x1,,,,crm-7\n"), ImportSettings.DETECT, ImportProgress.NONE));
        ImportOutcome fresh = SignedIn.as(tenant.operator(), () -> imports.importFile(tenant.communityId(),
                csv(header + "By handle,n0,,,,\nBy phone,n1,13900000008,,,\nBy email,n2,,n@else.test,,\n"
                        + "By external id,n3,,,,crm-8\n"), ImportSettings.DETECT, ImportProgress.NONE));

        assertThat(matching.problems()).isEmpty();
        assertThat(List.of(matching.rows(), matching.created(), matching.updated(), matching.imported()))
                .isEqualTo(List.of(fresh.rows(), fresh.created(), fresh.updated(), fresh.imported()))
                .isEqualTo(List.of(4, 4, 0, true));
        assertThat(person(hidden)).isEqualTo(before);
        assertThat(communitiesOf(hidden)).containsExactly(tenant.unassignedCommunityId());
        assertThat(suggestions()).extracting(row -> row.get(1)).containsOnly(hidden);
        assertThat(suggestions()).extracting(row -> row.get(2))
                .containsExactlyInAnyOrder("HANDLE", "PHONE", "EMAIL", "EXTERNAL_ID");

        MemberMatchSummary byHandle = SignedIn.as(tenant.admin(), () -> matches.open()).stream()
                .filter(match -> match.matchedOn() == MatchedOn.HANDLE).findFirst().orElseThrow();
        assertThat(byHandle.source()).isEqualTo(MatchSource.IMPORT);
        SignedIn.run(tenant.admin(), () -> matches.merge(byHandle.id(), byHandle.version()));
        assertThat(communitiesOf(hidden)).containsExactlyInAnyOrder(tenant.unassignedCommunityId(),
                tenant.communityId());
    }

    @Test
    void theTenantAdminMergesTheSeparateRecordIntoThePersonWithAnAuditEntry() {
        MemberForm typed = form("Lin New", "lin");
        typed.setTags(java.util.Set.of("new"));
        MembershipSummary added = SignedIn.as(tenant.operator(),
                () -> members.addToCommunity(tenant.communityId(), typed));

        List<MemberMatchSummary> open = SignedIn.as(tenant.admin(), () -> matches.open());
        assertThat(open).singleElement().satisfies(match -> {
            assertThat(match.added().id()).isEqualTo(added.memberId());
            assertThat(match.existing().id()).isEqualTo(hidden);
            assertThat(match.existing().phone()).isEqualTo("13900000007");
            assertThat(match.matchedOn()).isEqualTo(MatchedOn.HANDLE);
            assertThat(match.source()).isEqualTo(MatchSource.CONSOLE);
        });
        SignedIn.run(tenant.admin(), () -> matches.merge(open.getFirst().id(), open.getFirst().version()));

        assertThat(count("select count(*) from member where id = ?", added.memberId())).isZero();
        assertThat(communitiesOf(hidden)).containsExactlyInAnyOrder(tenant.unassignedCommunityId(),
                tenant.communityId());
        assertThat(count("select count(*) from membership where id = ? and member_id = ? and member_name = ?",
                added.id(), hidden, "Lin Hidden")).isEqualTo(1);
        assertThat(person(hidden)).containsEntry("phone", "13900000007").containsEntry("tags", "{new}");
        assertThat(count("select count(*) from audit_entry where entity_type = 'MemberMerge' and entity_id = ?",
                hidden.toString())).isEqualTo(1);
        assertThat(SignedIn.as(tenant.admin(), () -> matches.open())).isEmpty();
        assertThat(SignedIn.as(tenant.operator(), () -> members.find(hidden))).isPresent();
    }

    @Test
    void dismissingKeepsBothRecordsAndTheSuggestionIsNotMadeAgain() {
        MembershipSummary added = SignedIn.as(tenant.operator(),
                () -> members.addToCommunity(tenant.communityId(), form("Lin New", "lin")));
        MemberMatchSummary match = SignedIn.as(tenant.admin(), () -> matches.open()).getFirst();

        SignedIn.run(tenant.admin(), () -> matches.dismiss(match.id(), match.version()));
        SignedIn.as(tenant.operator(), () -> {
            MemberDetails mine = members.find(added.memberId()).orElseThrow();
            return members.update(mine.id(), mine.version(), MemberForm.of(mine));
        });

        assertThat(SignedIn.as(tenant.admin(), () -> matches.open())).isEmpty();
        assertThat(count("select count(*) from member where id in (?, ?)", added.memberId(), hidden)).isEqualTo(2);
        assertThat(count("select count(*) from audit_entry where entity_type = 'MemberMatch' and action = 'UPDATE'"))
                .isEqualTo(1);
    }

    @Test
    void aMergeOfTwoRecordsInTheSameCommunityIsRefusedAndChangesNothing() {
        SignedIn.as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(), form("Lin New", "lin")));
        MemberMatchSummary match = SignedIn.as(tenant.admin(), () -> matches.open()).getFirst();
        data.membership(tenant.tenantId(), tenant.communityId(), hidden,
                MemberTestData.Spec.of("Lin Hidden", "lin", MembershipStatus.APPLIED));

        String refusal;
        try {
            SignedIn.run(tenant.admin(), () -> matches.merge(match.id(), match.version()));
            refusal = "merged";
        } catch (UserFacingException e) {
            refusal = e.messageKey();
        }

        assertThat(refusal).isEqualTo("memberMatch.error.sameCommunity");
        assertThat(count("select count(*) from member where id = ?", match.added().id())).isEqualTo(1);
        assertThat(SignedIn.as(tenant.admin(), () -> matches.open())).hasSize(1);
    }

    @Test
    void onlyTenantAdminsReviewSuggestions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> matches.open()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> matches.open()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long count(String sql, Object... arguments) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(sql, Long.class, arguments));
    }

    private Path csv(String text) {
        try {
            Path file = Files.createTempFile(dir, "members", ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String refusal(Runnable work) {
        try {
            SignedIn.run(tenant.operator(), work);
            return "accepted";
        } catch (UserFacingException e) {
            return e.messageKey() + " " + e.field();
        }
    }

    /** What an operator can tell about an added membership, ids and times aside. */
    private static List<Object> shape(MembershipSummary summary) {
        return List.of(summary.status(), summary.memberName(), summary.tags(), summary.level(),
                summary.warningCount(), summary.version());
    }

    private Map<String, Object> person(UUID id) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForMap("""
                select name, handle, phone, email, notes, external_id, tags::text as tags, lifetime_purchase, version
                from member where id = ?""", id));
    }

    private List<UUID> communitiesOf(UUID member) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForList(
                "select community_id from membership where member_id = ?", UUID.class, member));
    }

    private List<List<Object>> suggestions() {
        return data.inTenant(tenant.tenantId(), () -> jdbc.query(
                "select member_id, match_id, matched_on from member_match where status = 'OPEN' order by created_at",
                (rs, n) -> List.<Object>of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))));
    }

    private static MemberForm form(String name, String handle) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle(handle);
        return form;
    }
}
