package app.communityops.money.ui;

import app.communityops.money.MoneyFiguresService;
import app.communityops.money.MoneyNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The money figures of all the communities the user may see, together, for a chosen period. */
@Route(MoneyNavigation.FIGURES_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "money.figures.title", order = 20, icon = "CHART")
@NavGroup(NavArea.MONEY)
class MoneyFiguresView extends VerticalLayout implements HasDynamicTitle {

    MoneyFiguresView(MoneyFiguresService figures) {
        setId("money-figures-view");
        Paragraph scope = new Paragraph(getTranslation("money.figures.scope"));
        scope.setId("figures-scope");
        add(scope, new FiguresPanel(figures::visibleCommunities, figures.today()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("money.figures.title");
    }
}
