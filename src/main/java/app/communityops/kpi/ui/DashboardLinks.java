package app.communityops.kpi.ui;

import app.communityops.community.CommunityNavigation;
import app.communityops.kpi.KpiNavigation;
import app.communityops.kpi.ReportLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.UUID;

/** The buttons that tie a community's dashboard, Manage page, report and overview together. */
final class DashboardLinks {

    enum Page { OVERVIEW, DASHBOARD, MANAGE, REPORT }

    private DashboardLinks() {
    }

    /** Buttons to the community's other pages, leaving out the one shown. */
    static Div of(Component owner, UUID communityId, Page current, ReportLink report) {
        Div links = new Div();
        links.addClassName("dashboard-links");
        for (Page page : Page.values()) {
            if (page != current) {
                links.add(button(owner, communityId, page, report));
            }
        }
        return links;
    }

    static Button button(Component owner, UUID communityId, Page page, ReportLink report) {
        String path = switch (page) {
            case OVERVIEW -> CommunityNavigation.overviewPath(communityId);
            case DASHBOARD -> KpiNavigation.dashboardPath(communityId);
            case MANAGE -> KpiNavigation.managePath(communityId);
            case REPORT -> report.path(communityId);
        };
        VaadinIcon icon = switch (page) {
            case OVERVIEW -> VaadinIcon.ARROW_LEFT;
            case DASHBOARD -> VaadinIcon.DASHBOARD;
            case MANAGE -> VaadinIcon.SLIDERS;
            case REPORT -> VaadinIcon.FILE_TEXT_O;
        };
        Button button = new Button(owner.getTranslation("dashboard.link." + page.name()), icon.create(),
                click -> UI.getCurrent().navigate(path));
        button.setId("link-" + page.name().toLowerCase(java.util.Locale.ROOT));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
