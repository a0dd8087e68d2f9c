package app.communityops.automation.ui;

import app.communityops.automation.ConditionKind;
import app.communityops.automation.RuleCondition;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberTierSummary;
import app.communityops.members.MembershipStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One "if" row of the rule editor: the kind of condition and the value picker that kind needs (a tag's text, a
 * tier, an acquisition channel, a membership status, a number or an amount; nothing for "no purchase yet").
 */
class ConditionRow extends HorizontalLayout {

    private final Select<ConditionKind> kind = new Select<>();
    private final TextField tag = new TextField();
    private final Select<MemberTierSummary> tier = new Select<>();
    private final Select<AcquisitionChannelSummary> channel = new Select<>();
    private final Select<MembershipStatus> status = new Select<>();
    private final IntegerField number = new IntegerField();
    private final BigDecimalField amount = new BigDecimalField();
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    ConditionRow(RuleCondition initial, List<MemberTierSummary> tiers, List<AcquisitionChannelSummary> channels,
                 Consumer<ConditionRow> onRemove) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        setSpacing(true);
        // On a phone the value picker goes under the kind rather than off the screen.
        getStyle().set("flex-wrap", "wrap");
        kind.setLabel(getTranslation("automation.editor.condition"));
        kind.setItems(ConditionKind.values());
        kind.setItemLabelGenerator(value -> AutomationLabels.condition(this, value));
        kind.setWidth("16rem");
        tag.setLabel(getTranslation("automation.editor.tag"));
        tag.setMaxLength(MemberForm.TAG_MAX_LENGTH);
        tier.setLabel(getTranslation("automation.editor.tier"));
        tier.setItems(tiers);
        tier.setItemLabelGenerator(MemberTierSummary::name);
        tier.setEmptySelectionAllowed(false);
        channel.setLabel(getTranslation("automation.editor.channel"));
        channel.setItems(channels);
        channel.setItemLabelGenerator(AcquisitionChannelSummary::name);
        status.setLabel(getTranslation("automation.editor.status"));
        status.setItems(MembershipStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("membership.status." + value.name()));
        number.setLabel(getTranslation("automation.editor.number"));
        number.setMin(1);
        number.setStepButtonsVisible(true);
        amount.setLabel(getTranslation("automation.editor.amount"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("automation.editor.removeCondition"));
        remove.setTooltipText(getTranslation("automation.editor.removeCondition"));
        remove.addClickListener(event -> onRemove.accept(this));
        kind.addValueChangeListener(event -> showValueField());
        add(kind, tag, tier, channel, status, number, amount, remove);

        kind.setValue(initial.kind());
        String value = initial.value();
        if (value != null) {
            switch (initial.kind().value()) {
                case TAG -> tag.setValue(value);
                case TIER -> tiers.stream().filter(t -> t.id().toString().equals(value)).findFirst()
                        .ifPresentOrElse(tier::setValue, () -> missing(tier, "automation.editor.tierDeleted"));
                case CHANNEL -> channels.stream().filter(c -> c.id().toString().equals(value)).findFirst()
                        .ifPresentOrElse(channel::setValue,
                                () -> missing(channel, "automation.editor.channelDeleted"));
                case STATUS -> status.setValue(MembershipStatus.valueOf(value));
                case NUMBER -> {
                    if (initial.kind() == ConditionKind.EVENT_AMOUNT_AT_LEAST) {
                        amount.setValue(new BigDecimal(value));
                    } else {
                        number.setValue(Integer.valueOf(value));
                    }
                }
                case NONE -> { }
            }
        }
        showValueField();
    }

    private void missing(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    /** Ids follow the row's place, so the service's {@code conditions.N.value} reaches the right field. */
    void setIndex(int index) {
        setId("condition-" + index);
        kind.setId("condition-kind-" + index);
        tag.setId("condition-tag-" + index);
        tier.setId("condition-tier-" + index);
        channel.setId("condition-channel-" + index);
        status.setId("condition-status-" + index);
        number.setId("condition-number-" + index);
        amount.setId("condition-amount-" + index);
        remove.setId("condition-remove-" + index);
    }

    RuleCondition value() {
        ConditionKind chosen = Objects.requireNonNullElse(kind.getValue(), ConditionKind.NO_PURCHASE_YET);
        String text = switch (chosen.value()) {
            case NONE -> null;
            case TAG -> AutomationLabels.blankToNull(tag.getValue());
            case TIER -> tier.getValue() == null ? null : tier.getValue().id().toString();
            case CHANNEL -> channel.getValue() == null ? null : channel.getValue().id().toString();
            case STATUS -> status.getValue() == null ? null : status.getValue().name();
            case NUMBER -> chosen == ConditionKind.EVENT_AMOUNT_AT_LEAST
                    ? (amount.getValue() == null ? null : amount.getValue().toPlainString())
                    : (number.getValue() == null ? null : number.getValue().toString());
        };
        return new RuleCondition(chosen, text);
    }

    /** The row's fields by the names the service gives in its refusals. */
    Map<String, HasValidation> fields(int index) {
        return Map.of("conditions." + index + ".kind", kind, "conditions." + index + ".value", valueField());
    }

    void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(kind, tag, tier, channel, status, number, amount)) {
            field.setInvalid(false);
        }
    }

    private HasValidation valueField() {
        ConditionKind chosen = kind.getValue();
        if (chosen == null) {
            return kind;
        }
        return switch (chosen.value()) {
            case TAG -> tag;
            case TIER -> tier;
            case CHANNEL -> channel;
            case STATUS -> status;
            case NUMBER -> chosen == ConditionKind.EVENT_AMOUNT_AT_LEAST ? amount : number;
            case NONE -> kind;
        };
    }

    private void showValueField() {
        @Nullable ConditionKind chosen = kind.getValue();
        ConditionKind.Value value = chosen == null ? ConditionKind.Value.NONE : chosen.value();
        tag.setVisible(value == ConditionKind.Value.TAG);
        tier.setVisible(value == ConditionKind.Value.TIER);
        channel.setVisible(value == ConditionKind.Value.CHANNEL);
        status.setVisible(value == ConditionKind.Value.STATUS);
        boolean isAmount = chosen == ConditionKind.EVENT_AMOUNT_AT_LEAST;
        number.setVisible(value == ConditionKind.Value.NUMBER && !isAmount);
        amount.setVisible(isAmount);
    }
}
