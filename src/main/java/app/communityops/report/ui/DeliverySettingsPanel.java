package app.communityops.report.ui;

import app.communityops.report.DeliverySettings;
import app.communityops.report.ReportDeliveryService;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;

/** The tenant admin's choice of how reports reach clients: PDF attached or a signed link, and automatic sending. */
class DeliverySettingsPanel extends Div {

    private final ReportDeliveryService deliveries;
    private final RadioButtonGroup<Boolean> attach = new RadioButtonGroup<>();
    private final IntegerField linkDays = new IntegerField();
    private final Checkbox autoSend = new Checkbox();

    DeliverySettingsPanel(ReportDeliveryService deliveries) {
        this.deliveries = deliveries;
        setId("delivery-settings");
        attach.setId("delivery-attach");
        attach.setItems(true, false);
        attach.setItemLabelGenerator(pdf -> getTranslation(pdf ? "report.settings.attachPdf" : "report.settings.link"));
        attach.addValueChangeListener(change -> linkDays.setEnabled(Boolean.FALSE.equals(change.getValue())));
        linkDays.setId("delivery-link-days");
        linkDays.setLabel(getTranslation("report.settings.linkDays"));
        linkDays.setMin(1);
        linkDays.setMax(365);
        linkDays.setStepButtonsVisible(true);
        autoSend.setId("delivery-auto-send");
        autoSend.setLabel(getTranslation("report.settings.autoSend"));
        autoSend.setHelperText(getTranslation("report.settings.autoSendHelp"));
        Button save = new Button(getTranslation("report.settings.save"), click -> save());
        save.setId("delivery-settings-save");
        DeliverySettings current = deliveries.settings();
        attach.setValue(current.attachPdf());
        linkDays.setValue(current.linkDays());
        linkDays.setEnabled(!current.attachPdf());
        autoSend.setValue(current.autoSend());
        add(new H3(getTranslation("report.settings.title")), attach, new Div(linkDays), new Div(autoSend),
                new Div(save));
    }

    private void save() {
        linkDays.setInvalid(false);
        try {
            deliveries.saveSettings(new DeliverySettings(!Boolean.FALSE.equals(attach.getValue()),
                    linkDays.getValue() == null ? (Boolean.FALSE.equals(attach.getValue()) ? 0 : 30) : linkDays.getValue(),
                    autoSend.getValue()));
            Notifications.success(getTranslation("report.settings.saved"));
        } catch (RuntimeException error) {
            if (!FormErrors.show(error, Map.of("linkDays", linkDays))) {
                throw error;
            }
        }
    }
}
