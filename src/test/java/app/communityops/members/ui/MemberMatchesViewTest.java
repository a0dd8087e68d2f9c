package app.communityops.members.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberMatchSummary;
import app.communityops.members.MemberService;
import app.communityops.members.MemberTestData;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MemberMatchesViewTest extends KaribuTest {

    @Autowired
    MemberService members;
    @Autowired
    MemberTestData data;
    @Autowired
    JdbcTemplate jdbc;

    Fixture tenant;
    UUID hidden;

    @BeforeEach
    void aPersonOutOfTheOperatorsReach() {
        tenant = tenants.create();
        hidden = SignedIn.as(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(),
                form("Lin Hidden", "lin"))).memberId();
    }

    @Test
    void onlyTheTenantAdminOpensTheReview() {
        assertSignInRequired("member-matches");
        assertDenied("member-matches", tenant.operator());
        assertDenied("member-matches", tenant.clientUser());
    }

    @Test
    void withNothingToReviewTheGridSaysSo() {
        login(tenant.admin());
        UI.getCurrent().navigate("member-matches");

        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No possible duplicates to review.");
    }

    @Test
    void theAdminMergesAfterConfirmingAndTheSuggestionIsGone() {
        UUID added = SignedIn.as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(),
                form("Lin New", "lin"))).memberId();
        login(tenant.admin());
        UI.getCurrent().navigate("member-matches");
        MemberMatchSummary match = GridKt._get(grid(), 0);
        assertThat(match.added().id()).isEqualTo(added);
        assertThat(match.existing().id()).isEqualTo(hidden);

        _click(cellButton(0, "merge-" + match.id()));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(count("select count(*) from member where id = ?", added)).as("nothing before confirming")
                .isEqualTo(1);
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Merged into Lin Hidden.");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(count("select count(*) from member where id = ?", added)).isZero();
        assertThat(data.inTenant(tenant.tenantId(), () -> jdbc.queryForList(
                "select community_id from membership where member_id = ?", UUID.class, hidden)))
                .containsExactlyInAnyOrder(tenant.communityId(), tenant.unassignedCommunityId());
    }

    @Test
    void theAdminKeepsTwoRecordsApart() {
        UUID added = SignedIn.as(tenant.operator(), () -> members.addToCommunity(tenant.communityId(),
                form("Lin New", "lin"))).memberId();
        login(tenant.admin());
        UI.getCurrent().navigate("member-matches");
        MemberMatchSummary match = GridKt._get(grid(), 0);

        _click(cellButton(0, "dismiss-" + match.id()));

        NotificationsKt.expectNotifications("Lin New is kept as a separate member.");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(count("select count(*) from member where id in (?, ?)", added, hidden)).isEqualTo(2);
    }

    private Button cellButton(int row, String id) {
        return (Button) GridKt._getCellComponent(grid(), row, "actions").getChildren()
                .filter(child -> child.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<MemberMatchSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("member-matches-grid"));
    }

    private long count(String sql, Object... arguments) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(sql, Long.class, arguments));
    }

    private static MemberForm form(String name, String handle) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle(handle);
        return form;
    }
}
