package app.communityops.report.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.report.OperationsReport;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportService;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community's operations report for a month or quarter, on screen and as downloads. */
@Route("communities/:communityId/report")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PERIODS_SHOWN = 12;

    private final CommunityService communities;
    private final ReportService reports;
    private final Select<ReportPeriod.Kind> kind = new Select<>();
    private final Select<ReportPeriod> period = new Select<>();
    private final Button generate = new Button();
    private final Div result = new Div();
    private @Nullable CommunitySummary community;
    private @Nullable OperationsReport report;
    private LocalDate today = LocalDate.now();

    ReportView(CommunityService communities, ReportService reports) {
        this.communities = communities;
        this.reports = reports;
        setId("report-view");
        kind.setId("report-kind");
        kind.setLabel(getTranslation("report.view.kind"));
        kind.setItems(ReportPeriod.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("report.period.kind." + k.name()));
        kind.addValueChangeListener(change -> fillPeriods());
        period.setId("report-period");
        period.setLabel(getTranslation("report.view.period"));
        period.setItemLabelGenerator(this::periodLabel);
        generate.setText(getTranslation("report.view.generate"));
        generate.setIcon(VaadinIcon.FILE_TEXT_O.create());
        generate.setId("report-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> generate());
        HorizontalLayout controls = new HorizontalLayout(kind, period, generate);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        result.setWidthFull();
        add(controls, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get("communityId").flatMap(Ids::parse).orElseThrow(NotFoundException::new);
        community = communities.find(id).orElseThrow(NotFoundException::new);
        today = reports.today();
        kind.setValue(ReportPeriod.Kind.MONTH);
        result.removeAll();
        result.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("report.view.hint")));
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("report.view.title")
                : getTranslation("report.view.titleOf", community.name());
    }

    /** The report shown, for the downloads and for tests. */
    @Nullable OperationsReport report() {
        return report;
    }

    private void fillPeriods() {
        ReportPeriod.Kind chosen = kind.getValue() == null ? ReportPeriod.Kind.MONTH : kind.getValue();
        var periods = ReportPeriod.recent(chosen, today, PERIODS_SHOWN);
        period.setItems(periods);
        // The last closed period is what a report is usually wanted for.
        period.setValue(periods.get(1));
    }

    private String periodLabel(ReportPeriod shown) {
        return shown.kind() == ReportPeriod.Kind.MONTH
                ? getTranslation("report.period.month", shown.from().getYear(), shown.from().getMonthValue())
                : getTranslation("report.period.quarter", shown.from().getYear(),
                        (shown.from().getMonthValue() - 1) / 3 + 1);
    }

    private void generate() {
        if (community == null || period.getValue() == null) {
            return;
        }
        report = reports.build(community.id(), period.getValue(), getLocale(), done -> { });
        result.removeAll();
        result.add(ReportBody.of(report));
    }
}
