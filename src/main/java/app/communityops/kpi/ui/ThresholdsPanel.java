package app.communityops.kpi.ui;

import app.communityops.kpi.TargetService;
import app.communityops.kpi.Thresholds;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Map;

/** The tenant's status thresholds; shown to the tenant admin only. */
class ThresholdsPanel extends VerticalLayout {

    ThresholdsPanel(TargetService targets, Runnable onSaved) {
        setId("thresholds-panel");
        setPadding(false);
        Thresholds current = targets.thresholds();
        BigDecimalField green = new BigDecimalField(getTranslation("kpi.thresholds.green"));
        green.setId("threshold-green");
        green.setValue(current.greenPercent());
        BigDecimalField amber = new BigDecimalField(getTranslation("kpi.thresholds.amber"));
        amber.setId("threshold-amber");
        amber.setValue(current.amberPercent());
        Button save = new Button(getTranslation("action.save"), click -> {
            if (green.getValue() == null || amber.getValue() == null) {
                (green.getValue() == null ? green : amber).setErrorMessage(getTranslation("kpi.required"));
                (green.getValue() == null ? green : amber).setInvalid(true);
                return;
            }
            try {
                targets.setThresholds(green.getValue(), amber.getValue());
                Notifications.success(getTranslation("kpi.thresholds.saved"));
                onSaved.run();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.of("amberPercent", amber, "greenPercent", green));
            }
        });
        save.setId("thresholds-save");
        HorizontalLayout row = new HorizontalLayout(green, amber, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("kpi.thresholds.title")), row);
    }
}
