package app.communityops.report.ui;

import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportNavigation;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;

/**
 * Every delivered report the user may read, newest period first: for a client the reports their agency sent them
 * (new ones marked, superseded versions kept and marked), for staff each version and where it stands.
 */
@Route(ReportNavigation.DELIVERIES_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
@Menu(title = "report.deliveries.menu", order = 12, icon = "ENVELOPE_OPEN_O")
@NavGroup(NavArea.MANAGE)
class DeliveriesView extends VerticalLayout implements HasDynamicTitle {

    DeliveriesView(ReportDeliveryService deliveries, TenantZone zones) {
        setId("deliveries-view");
        setMaxWidth("60rem");
        boolean client = CurrentUser.require().hasRole(Roles.CLIENT);
        add(new Paragraph(getTranslation(client ? "report.deliveries.introClient" : "report.deliveries.introStaff")));
        List<ReportDelivery> all = deliveries.all();
        Div empty = new Div();
        empty.setId("deliveries-empty");
        empty.addClassName("empty-state");
        Icon icon = VaadinIcon.ENVELOPE_OPEN_O.create();
        icon.addClassName("empty-icon");
        empty.add(icon, new Span(getTranslation("report.deliveries.empty")));
        empty.setVisible(all.isEmpty());
        Div list = new Div();
        list.setId("deliveries-list");
        list.addClassName("delivery-list");
        list.setWidthFull();
        ZoneId zone = zones.current();
        all.forEach(delivery -> list.add(item(delivery, zone)));
        add(empty, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.deliveries.title");
    }

    private Anchor item(ReportDelivery delivery, ZoneId zone) {
        Span title = new Span(DeliveryLabels.period(this, delivery.period()) + " · " + delivery.communityName());
        title.addClassName("delivery-item-title");
        Div badges = new Div(DeliveryLabels.version(this, delivery), DeliveryLabels.state(this, delivery),
                DeliveryLabels.currency(this, delivery));
        badges.addClassName("delivery-item-badges");
        if (DeliveryLabels.isNew(delivery)) {
            Span fresh = DeliveryLabels.badge(getTranslation("report.deliveries.new"));
            fresh.addClassName("report-new");
            badges.addComponentAsFirst(fresh);
        }
        if (delivery.sentAt() != null) {
            Span sent = new Span(getTranslation("report.deliveries.sentAt") + " "
                    + DeliveryLabels.dateTime(this, delivery.sentAt(), zone));
            sent.addClassName("delivery-item-date");
            badges.add(sent);
        }
        Anchor item = new Anchor(ReportNavigation.deliveryPath(delivery.communityId(), delivery.id()));
        item.add(title, badges);
        item.setId("delivery-" + delivery.id());
        item.addClassName("delivery-item");
        if (!delivery.current()) {
            item.addClassName("delivery-superseded");
        }
        return item;
    }
}
