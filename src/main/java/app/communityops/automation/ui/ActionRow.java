package app.communityops.automation.ui;

import app.communityops.automation.ActionKind;
import app.communityops.automation.RuleAction;
import app.communityops.members.MemberForm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One "then" row of the rule editor: the kind of action and what it needs: the tag, the reason, the message, or a
 * task's title and the hours until it is due. Member actions are offered only for a trigger about a member.
 */
class ActionRow extends HorizontalLayout {

    private final Select<ActionKind> kind = new Select<>();
    private final TextField text = new TextField();
    private final IntegerField due = new IntegerField();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private boolean memberTrigger = true;

    ActionRow(RuleAction initial, Consumer<ActionRow> onRemove) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        kind.setLabel(getTranslation("automation.editor.action"));
        kind.setItems(ActionKind.values());
        kind.setItemLabelGenerator(value -> AutomationLabels.action(this, value));
        kind.setItemEnabledProvider(value -> value != null && (memberTrigger || !value.aboutMember()));
        kind.setWidth("16rem");
        text.setMinWidth("14rem");
        getStyle().set("flex-wrap", "wrap");
        setFlexGrow(1, text);
        due.setLabel(getTranslation("automation.editor.dueInHours"));
        due.setMin(0);
        due.setMax(2160);
        due.setStepButtonsVisible(true);
        due.setHelperText(getTranslation("automation.editor.dueHelper"));
        due.setWidth("10rem");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("automation.editor.removeAction"));
        remove.setTooltipText(getTranslation("automation.editor.removeAction"));
        remove.addClickListener(event -> onRemove.accept(this));
        kind.addValueChangeListener(event -> showFields());
        add(kind, text, due, remove);
        kind.setValue(initial.kind());
        text.setValue(Objects.requireNonNullElse(initial.text(), ""));
        due.setValue(initial.dueInHours());
        showFields();
    }

    void setIndex(int index) {
        setId("action-" + index);
        kind.setId("action-kind-" + index);
        text.setId("action-text-" + index);
        due.setId("action-due-" + index);
        remove.setId("action-remove-" + index);
    }

    /** Whether the rule's trigger is about a member; member actions are greyed out otherwise. */
    void setMemberTrigger(boolean aboutMember) {
        this.memberTrigger = aboutMember;
        // Refreshing the items redraws which are enabled, but clears the choice: keep it.
        ActionKind chosen = kind.getValue();
        kind.getDataProvider().refreshAll();
        kind.setValue(chosen);
    }

    RuleAction value() {
        ActionKind chosen = Objects.requireNonNullElse(kind.getValue(), ActionKind.CREATE_TASK);
        return new RuleAction(chosen, chosen == ActionKind.SEND_WEBHOOK ? null
                : AutomationLabels.blankToNull(text.getValue()),
                chosen == ActionKind.CREATE_TASK ? due.getValue() : null);
    }

    Map<String, HasValidation> fields(int index) {
        return Map.of("actions." + index + ".kind", kind, "actions." + index + ".text", text,
                "actions." + index + ".dueInHours", due);
    }

    void clearErrors() {
        kind.setInvalid(false);
        text.setInvalid(false);
        due.setInvalid(false);
    }

    private void showFields() {
        ActionKind chosen = kind.getValue();
        boolean needsText = chosen != null && chosen != ActionKind.SEND_WEBHOOK;
        text.setVisible(needsText);
        if (chosen != null && needsText) {
            text.setLabel(getTranslation("automation.editor.text." + chosen.name()));
            text.setMaxLength(chosen == ActionKind.ADD_TAG || chosen == ActionKind.REMOVE_TAG
                    ? MemberForm.TAG_MAX_LENGTH : chosen == ActionKind.CREATE_TASK ? 200 : 500);
        }
        due.setVisible(chosen == ActionKind.CREATE_TASK);
        if (chosen == ActionKind.CREATE_TASK && due.getValue() == null) {
            due.setValue(24);
        }
    }
}
