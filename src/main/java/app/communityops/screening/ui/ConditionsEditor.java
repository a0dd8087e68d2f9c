package app.communityops.screening.ui;

import app.communityops.screening.AttendanceTypeOption;
import app.communityops.screening.ConditionLine;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The checkable conditions of a condition review, one text field each. A condition keeps its id while its text
 * changes, so the ticks already given on applications stay attached to it.
 */
class ConditionsEditor extends CustomField<List<ConditionLine>> {

    private record Row(@Nullable UUID id, TextField label, IntegerField minAttended,
                       ComboBox<AttendanceTypeOption> type) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    private final List<AttendanceTypeOption> types;

    ConditionsEditor(List<AttendanceTypeOption> types) {
        this.types = types;
        setId("policy-conditions");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        Button add = new Button(getTranslation("screening.policy.addCondition"), VaadinIcon.PLUS.create(),
                event -> {
                    addRow(null, "", null, null);
                    updateValue();
                });
        add.setId("policy-condition-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    @Override
    protected List<ConditionLine> generateModelValue() {
        return rows.stream().map(row -> new ConditionLine(row.id(), row.label().getValue(),
                row.minAttended().getValue(), row.type().getValue() == null ? null : row.type().getValue().id()))
                .toList();
    }

    @Override
    protected void setPresentationValue(@Nullable List<ConditionLine> lines) {
        rows.clear();
        list.removeAll();
        if (lines != null) {
            lines.forEach(line -> addRow(line.id(), line.label(), line.minAttended(), line.attendedTypeId()));
        }
    }

    private void addRow(@Nullable UUID id, String text, @Nullable Integer min, @Nullable UUID typeId) {
        TextField label = new TextField();
        label.setId("policy-condition-" + rows.size());
        label.setMaxLength(200);
        label.setWidthFull();
        label.setPlaceholder(getTranslation("screening.policy.conditionPlaceholder"));
        label.setValue(text);
        label.addValueChangeListener(event -> updateValue());
        // Attendance conditions are ticked by the activity feature when attendance is marked.
        IntegerField minAttended = new IntegerField();
        minAttended.setId("policy-condition-min-" + rows.size());
        minAttended.setPlaceholder(getTranslation("screening.policy.minAttended"));
        minAttended.setTooltipText(getTranslation("screening.policy.minAttendedHelp"));
        minAttended.setMin(1);
        minAttended.setMax(100);
        minAttended.setWidth("7rem");
        minAttended.setValue(min);
        minAttended.addValueChangeListener(event -> updateValue());
        ComboBox<AttendanceTypeOption> type = new ComboBox<>();
        type.setId("policy-condition-type-" + rows.size());
        type.setItems(types);
        type.setItemLabelGenerator(option -> option.name() != null ? option.name()
                : getTranslation(option.labelKey()));
        type.setPlaceholder(getTranslation("screening.policy.anyActivityType"));
        type.setClearButtonVisible(true);
        type.setWidth("11rem");
        types.stream().filter(option -> option.id().equals(typeId)).findFirst().ifPresent(type::setValue);
        type.addValueChangeListener(event -> updateValue());
        Row row = new Row(id, label, minAttended, type);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("screening.policy.removeCondition"));
        Div line = new Div(label, minAttended, type, remove);
        line.getStyle().set("display", "flex").set("align-items", "baseline").set("gap", "var(--lumo-space-xs)");
        remove.addClickListener(event -> {
            rows.remove(row);
            list.remove(line);
            updateValue();
        });
        rows.add(row);
        list.add(line);
    }
}
