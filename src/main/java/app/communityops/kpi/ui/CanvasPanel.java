package app.communityops.kpi.ui;

import app.communityops.kpi.CanvasDetails;
import app.communityops.kpi.CanvasForm;
import app.communityops.kpi.CanvasService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/** The business-logic canvas, editable by staff and read-only for client users. */
class CanvasPanel extends VerticalLayout {

    private final CanvasService canvases;
    private final UUID communityId;
    private final Binder<CanvasForm> binder = new BeanValidationBinder<>(CanvasForm.class);
    private final TextArea founderResources = area("canvas-founder", "kpi.canvas.founderResources");
    private final TextArea targetUsers = area("canvas-target-users", "kpi.canvas.targetUsers");
    private final TextArea problemSolved = area("canvas-problem", "kpi.canvas.problemSolved");
    private final TextArea valueProvided = area("canvas-value", "kpi.canvas.valueProvided");
    private final TextArea monetisation = area("canvas-monetisation", "kpi.canvas.monetisation");
    private final TextArea coreGoal = area("canvas-core-goal", "kpi.canvas.coreGoal");
    private final TextArea kpiBreakdown = area("canvas-breakdown", "kpi.canvas.kpiBreakdown");
    private final IntegerField activationDays = new IntegerField(getTranslation("kpi.canvas.activationDays"));
    private final MultiSelectComboBox<String> activationTypes =
            new MultiSelectComboBox<>(getTranslation("kpi.canvas.activationTypes"));
    private final TextField currency = new TextField(getTranslation("kpi.canvas.currency"));
    private CanvasDetails loaded;

    CanvasPanel(CanvasService canvases, UUID communityId, boolean editable, Runnable onSaved) {
        this.canvases = canvases;
        this.communityId = communityId;
        setId("canvas-panel");
        setPadding(false);
        activationDays.setId("canvas-activation-days");
        activationDays.setMin(1);
        activationDays.setMax(90);
        activationTypes.setId("canvas-activation-types");
        activationTypes.setItems(CanvasDetails.EVENT_TYPES);
        activationTypes.setItemLabelGenerator(type -> getTranslation("kpi.event." + type));
        currency.setId("canvas-currency");
        currency.setMaxLength(3);
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(founderResources).bind("founderResources");
        binder.forField(targetUsers).bind("targetUsers");
        binder.forField(problemSolved).bind("problemSolved");
        binder.forField(valueProvided).bind("valueProvided");
        binder.forField(monetisation).bind("monetisation");
        binder.forField(coreGoal).bind("coreGoal");
        binder.forField(kpiBreakdown).bind("kpiBreakdown");
        binder.forField(activationDays).bind("activationDays");
        binder.forField(activationTypes).bind("activationTypes");
        binder.forField(currency).bind("currency");
        binder.setReadOnly(!editable);
        FormLayout form = new FormLayout(founderResources, targetUsers, problemSolved, valueProvided, monetisation,
                coreGoal, kpiBreakdown, activationDays, activationTypes, currency);
        add(new H3(getTranslation("kpi.canvas.title")), form);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), click -> save(onSaved));
            save.setId("canvas-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        }
        loaded = canvases.find(communityId);
        binder.readBean(CanvasForm.of(loaded));
    }

    void reload() {
        loaded = canvases.find(communityId);
        binder.readBean(CanvasForm.of(loaded));
    }

    private void save(Runnable onSaved) {
        CanvasForm form = new CanvasForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            loaded = canvases.save(communityId, loaded.version(), form);
            Notifications.success(getTranslation("kpi.canvas.saved"));
            onSaved.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("activationTypes", activationTypes,
                    "activationDays", activationDays, "currency", currency));
        }
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(2000);
        return area;
    }
}
