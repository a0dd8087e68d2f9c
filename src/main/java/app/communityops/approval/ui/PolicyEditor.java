package app.communityops.approval.ui;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Edits one approval setting: what needs approval and the approver groups in order (add, move up or down, remove),
 * then saves it through the callback. Read-only for whoever may not change it.
 */
class PolicyEditor extends Div {

    private final Checkbox content = new Checkbox();
    private final Checkbox rulebook = new Checkbox();
    private final Div stepList = new Div();
    private final Select<ApprovalStep> addStep = new Select<>();
    private final List<ApprovalStep> steps = new ArrayList<>();
    private final boolean editable;

    PolicyEditor(ApprovalSettings settings, boolean editable, Consumer<ApprovalSettings> save, Runnable reload) {
        this.editable = editable;
        setId("approval-policy-editor");
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        content.setLabel(getTranslation("approval.settings.content"));
        content.setId("approval-policy-content");
        content.setValue(settings.content());
        content.setReadOnly(!editable);
        rulebook.setLabel(getTranslation("approval.settings.rulebook"));
        rulebook.setId("approval-policy-rulebook");
        rulebook.setValue(settings.rulebook());
        rulebook.setReadOnly(!editable);
        steps.addAll(settings.steps());
        stepList.setId("approval-policy-steps");
        stepList.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(content, rulebook, new H3(getTranslation("approval.settings.steps")), stepList);
        if (editable) {
            addStep.setId("approval-policy-add-step");
            addStep.setLabel(getTranslation("approval.settings.addStep"));
            addStep.setItemLabelGenerator(step -> ApprovalLabels.step(this, step));
            addStep.addValueChangeListener(event -> {
                if (event.getValue() != null) {
                    steps.add(event.getValue());
                    addStep.clear();
                    showSteps();
                }
            });
            Button saveButton = new Button(getTranslation("action.save"), event -> {
                try {
                    save.accept(new ApprovalSettings(content.getValue(), rulebook.getValue(), steps));
                    Notifications.success(getTranslation("approval.settings.saved"));
                    reload.run();
                } catch (ConcurrentEditException stale) {
                    StaleEdit.offerReload(reload);
                } catch (UserFacingException refusal) {
                    FormErrors.show(refusal, Map.of("steps", addStep));
                }
            });
            saveButton.setId("approval-policy-save");
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(saveButton);
            add(addStep, actions);
        }
        showSteps();
    }

    private void showSteps() {
        stepList.removeAll();
        if (steps.isEmpty()) {
            Span none = new Span(getTranslation("approval.settings.noSteps"));
            none.setId("approval-policy-no-steps");
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            stepList.add(none);
        }
        for (int index = 0; index < steps.size(); index++) {
            stepList.add(row(index));
        }
        if (editable) {
            List<ApprovalStep> unused = Arrays.stream(ApprovalStep.values()).filter(step -> !steps.contains(step))
                    .toList();
            addStep.setItems(unused);
            addStep.setEnabled(!unused.isEmpty() && steps.size() < ApprovalPolicyService.MAX_STEPS);
        }
    }

    private Component row(int index) {
        Span name = new Span((index + 1) + ". " + ApprovalLabels.step(this, steps.get(index)));
        name.setId("approval-policy-step-" + index);
        name.getStyle().set("flex", "1");
        Div row = new Div(name);
        row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        if (editable) {
            row.add(icon(VaadinIcon.ARROW_UP, "approval.settings.up", "approval-policy-up-" + index, index > 0,
                    () -> swap(index, index - 1)));
            row.add(icon(VaadinIcon.ARROW_DOWN, "approval.settings.down", "approval-policy-down-" + index,
                    index < steps.size() - 1, () -> swap(index, index + 1)));
            row.add(icon(VaadinIcon.TRASH, "approval.settings.remove", "approval-policy-remove-" + index, true, () -> {
                steps.remove(index);
                showSteps();
            }));
        }
        return row;
    }

    private Button icon(VaadinIcon icon, String labelKey, String id, boolean enabled, Runnable action) {
        Button button = new Button(icon.create(), event -> action.run());
        button.setId(id);
        button.setEnabled(enabled);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void swap(int one, int other) {
        ApprovalStep moved = steps.get(one);
        steps.set(one, steps.get(other));
        steps.set(other, moved);
        showSteps();
    }
}
