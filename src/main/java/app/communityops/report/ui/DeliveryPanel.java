package app.communityops.report.ui;

import app.communityops.shared.Roles;
import app.communityops.shared.CurrentUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportNavigation;
import app.communityops.report.ReportPeriod;
import app.communityops.report.ReportSchedule;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * On a community's report page, for its staff: prepare the chosen period's report for sending, the versions
 * prepared or sent so far, and the schedule on which the report is prepared by itself.
 */
class DeliveryPanel extends Div {

    private final ReportDeliveryService deliveries;
    private final UUID communityId;
    private final Supplier<@Nullable ReportPeriod> period;
    private final Div versions = new Div();
    private final IntegerField monthly = new IntegerField();
    private final IntegerField quarterly = new IntegerField();

    DeliveryPanel(ReportDeliveryService deliveries, UUID communityId, Supplier<@Nullable ReportPeriod> period) {
        this.deliveries = deliveries;
        this.communityId = communityId;
        this.period = period;
        setId("report-delivery-panel");
        setWidthFull();
        Button prepare = new Button(getTranslation("report.delivery.prepare"), VaadinIcon.PAPERPLANE_O.create(),
                click -> prepare());
        prepare.setId("report-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        versions.setId("report-deliveries");
        versions.addClassName("delivery-list");
        Span hint = new Span(getTranslation("report.delivery.prepareHint"));
        hint.addClassName("report-hint");
        add(new H3(getTranslation("report.deliveries.title")), hint, new Div(prepare), versions, schedule());
        refresh();
    }

    private void prepare() {
        ReportPeriod chosen = period.get();
        if (chosen == null) {
            return;
        }
        try {
            ReportDelivery draft = deliveries.prepare(communityId, chosen);
            UI.getCurrent().navigate(ReportNavigation.deliveryPath(communityId, draft.id()));
        } catch (RuntimeException error) {
            if (!FormErrors.show(error, Map.of())) {
                throw error;
            }
        }
    }

    private void refresh() {
        versions.removeAll();
        List<ReportDelivery> all = deliveries.list(communityId);
        if (all.isEmpty()) {
            Span none = new Span(getTranslation("report.deliveries.empty"));
            none.setId("report-deliveries-empty");
            none.addClassName("report-hint");
            versions.add(none);
        }
        for (ReportDelivery delivery : all) {
            Anchor item = new Anchor(ReportNavigation.deliveryPath(communityId, delivery.id()));
            Span title = new Span(DeliveryLabels.period(this, delivery.period()));
            title.addClassName("delivery-item-title");
            Div badges = new Div(DeliveryLabels.version(this, delivery), DeliveryLabels.state(this, delivery),
                    DeliveryLabels.currency(this, delivery));
            badges.addClassName("delivery-item-badges");
            item.add(title, badges);
            item.setId("report-delivery-" + delivery.id());
            item.addClassName("delivery-item");
            versions.add(item);
        }
    }

    private Div schedule() {
        ReportSchedule current = deliveries.schedule(communityId);
        monthly.setId("schedule-monthly");
        monthly.setLabel(getTranslation("report.schedule.monthly"));
        quarterly.setId("schedule-quarterly");
        quarterly.setLabel(getTranslation("report.schedule.quarterly"));
        for (IntegerField day : List.of(monthly, quarterly)) {
            day.setMin(1);
            day.setMax(28);
            day.setStepButtonsVisible(true);
            day.setWidth("16em");
        }
        monthly.setValue(current.monthlyDay());
        quarterly.setValue(current.quarterlyDay());
        Button save = new Button(getTranslation("report.schedule.save"), click -> saveSchedule());
        save.setId("schedule-save");
        HorizontalLayout fields = new HorizontalLayout(monthly, quarterly, save);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        Checkbox serviceLevel = new Checkbox(getTranslation("report.serviceLevel.include"),
                deliveries.includesServiceLevel(communityId));
        serviceLevel.setId("report-service-level");
        // A tenant admin's choice; operators see it.
        serviceLevel.setReadOnly(!CurrentUser.require().hasRole(Roles.TENANT_ADMIN));
        serviceLevel.addValueChangeListener(change -> {
            deliveries.saveServiceLevel(communityId, change.getValue());
            Notifications.success(getTranslation("report.serviceLevel.saved"));
        });
        Div box = new Div(new H3(getTranslation("report.schedule.title")),
                new Paragraph(getTranslation("report.schedule.help")), fields, serviceLevel);
        box.setId("report-schedule");
        return box;
    }

    private void saveSchedule() {
        monthly.setInvalid(false);
        quarterly.setInvalid(false);
        try {
            deliveries.saveSchedule(communityId, new ReportSchedule(monthly.getValue(), quarterly.getValue()));
            Notifications.success(getTranslation("report.schedule.saved"));
        } catch (RuntimeException error) {
            if (!FormErrors.show(error, Map.of("monthlyDay", monthly, "quarterlyDay", quarterly))) {
                throw error;
            }
        }
    }
}
