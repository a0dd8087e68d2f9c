package app.communityops.screening.ui;

import static app.communityops.screening.ui.ScreeningUi.button;
import static app.communityops.screening.ui.ScreeningUi.byId;
import static app.communityops.screening.ui.ScreeningUi.grid;
import static app.communityops.screening.ui.ScreeningUi.text;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.screening.BroughtInMember;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.InvitationCodeSummary;
import app.communityops.screening.ScreeningNavigation;
import app.communityops.screening.ScreeningService;
import app.communityops.screening.ScreeningTestData;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantService;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationCodesViewTest extends KaribuTest {

    @Autowired ScreeningService screening;
    @Autowired TenantService tenantService;
    @Autowired TenantDirectory directory;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void routeAccess() {
        assertStaffCommunityPageGuarded(ScreeningNavigation::codesPath, tenant);
    }

    @Test
    void platformAdminsAreDenied() {
        assertDenied(ScreeningNavigation.codesPath(tenant.communityId()), tenants.platformAdmin());
    }

    @Test
    void generatesABatchAndListsItWithUsesAndStatus() {
        login(tenant.operator());
        open();
        assertThat(text("codes-empty")).contains("No invitation codes yet.");

        _click(button("generate-codes"));
        byId(IntegerField.class, "code-count").setValue(3);
        byId(IntegerField.class, "code-quota").setValue(5);
        byId(DatePicker.class, "code-valid-until").setValue(LocalDate.now().plusDays(30));
        _click(button("code-batch-submit"));

        String shown = byId(TextArea.class, "generated-codes").getValue();
        assertThat(shown.split("\n")).hasSize(3);
        _click(button("generated-codes-close"));
        Grid<InvitationCodeSummary> grid = grid("codes-grid");
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "uses")).isEqualTo("0 / 5");
        assertThat(GridKt._getCellComponent(grid, 0, "status").getElement().getText()).isEqualTo("Active");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("codes-empty"));
    }

    /** As on every other screen: the browser's zone (UTC under test) would end the day eight hours late. */
    @Test
    void expiryIsEnteredAndShownInTheTenantsZone() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        long version = directory.require(tenant.tenantId()).version();
        SignedIn.run(tenants.platformAdmin(),
                () -> tenantService.changeTimeZone(tenant.tenantId(), version, losAngeles));
        LocalDate lastDay = LocalDate.now(losAngeles).plusDays(30);
        login(tenant.operator());
        open();

        _click(button("generate-codes"));
        byId(DatePicker.class, "code-valid-until").setValue(lastDay);
        _click(button("code-batch-submit"));
        _click(button("generated-codes-close"));

        Grid<InvitationCodeSummary> grid = grid("codes-grid");
        assertThat(GridKt._get(grid, 0).expiresAt()).isEqualTo(lastDay.plusDays(1).atStartOfDay(losAngeles).toInstant());
        assertThat(GridKt._getFormatted(grid, 0, "expires")).isEqualTo(lastDay.plusDays(1) + " 00:00");
    }

    @Test
    void aPastExpiryIsRefusedBesideTheDate() {
        login(tenant.operator());
        open();
        _click(button("generate-codes"));
        DatePicker validUntil = byId(DatePicker.class, "code-valid-until");
        validUntil.setValue(LocalDate.now().minusDays(2));
        _click(button("code-batch-submit"));
        assertThat(validUntil.isInvalid()).isTrue();
        assertThat(validUntil.getErrorMessage()).isEqualTo("Choose today or a later day.");
    }

    @Test
    void selectingACodeShowsTheMembersItBroughtIn() {
        login(tenant.operator());
        open();
        _click(button("generate-codes"));
        byId(IntegerField.class, "code-quota").setValue(2);
        _click(button("code-batch-submit"));
        String code = byId(TextArea.class, "generated-codes").getValue();
        _click(button("generated-codes-close"));
        SignedIn.run(tenant.operator(), () -> screening.apply(tenant.communityId(), ScreeningTestData.member("friend"),
                EvidenceForm.of(null, code, null, Set.of())));
        open();

        Grid<InvitationCodeSummary> grid = grid("codes-grid");
        assertThat(GridKt._getFormatted(grid, 0, "broughtIn")).isEqualTo("1");
        grid.select(GridKt._get(grid, 0));

        assertThat(text("brought-in-title")).isEqualTo("Brought in by " + code);
        Grid<BroughtInMember> broughtIn = grid("brought-in-grid");
        assertThat(GridKt._findAll(broughtIn)).extracting(BroughtInMember::memberHandle).containsExactly("friend");
        assertThat(_get(InvitationCodesView.class).getPageTitle()).startsWith("Invitation codes · ");
    }

    private void open() {
        UI.getCurrent().navigate(ScreeningNavigation.codesPath(tenant.communityId()));
    }
}
