package app.communityops.screening.ui;

import app.communityops.members.MemberForm;
import app.communityops.screening.ConditionDetails;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.Option;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records an application as staff receive it (from a form, a chat, a payment notice) and screens it at once.
 * Only what screening needs is asked; the members screen holds the rest of a member's details.
 */
class ApplicationDialog extends Dialog {

    private final ScreeningService screening;
    private final UUID communityId;
    private final Runnable onApplied;
    private final Binder<MemberForm> memberBinder = new BeanValidationBinder<>(MemberForm.class);
    private final Binder<EvidenceForm> evidenceBinder = new BeanValidationBinder<>(EvidenceForm.class);
    private final TextField name = new TextField();
    private final TextField handle = new TextField();
    private final ComboBox<UUID> tier = new ComboBox<>();
    private final BigDecimalField lifetimePurchase = new BigDecimalField();
    private final TextField payment = new TextField();
    private final TextField code = new TextField();
    private final TextArea answers = new TextArea();
    private final CheckboxGroup<ConditionDetails> conditions = new CheckboxGroup<>();

    ApplicationDialog(ScreeningService screening, PolicyDetails policy, List<Option> tiers, Runnable onApplied) {
        this.screening = screening;
        this.communityId = policy.communityId();
        this.onApplied = onApplied;
        setId("application-dialog");
        setHeaderTitle(getTranslation("screening.apply.dialog"));
        setWidth("min(40rem, 100vw)");
        configure(policy, tiers);
        memberBinder.setDefaultValidatorsEnabled(false);
        memberBinder.forField(name).bind("name");
        memberBinder.forField(handle).bind("handle");
        memberBinder.forField(tier).bind("tierId");
        memberBinder.forField(lifetimePurchase).bind("lifetimePurchase");
        memberBinder.readBean(new MemberForm());
        evidenceBinder.setDefaultValidatorsEnabled(false);
        evidenceBinder.forField(payment).bind("paymentReference");
        evidenceBinder.forField(code).bind("invitationCode");
        evidenceBinder.forField(answers).bind("answers");
        evidenceBinder.readBean(new EvidenceForm());
        FormLayout form = new FormLayout(name, handle, tier, lifetimePurchase, payment, code, answers, conditions);
        form.setColspan(answers, 2);
        form.setColspan(conditions, 2);
        add(form);
        FormDialogButtons.primary(this, getTranslation("screening.apply.submit"), "application-submit", null,
                event -> apply());
    }

    private void configure(PolicyDetails policy, List<Option> tiers) {
        name.setId("application-name");
        name.setLabel(getTranslation("screening.apply.name"));
        name.setRequiredIndicatorVisible(true);
        handle.setId("application-handle");
        handle.setLabel(getTranslation("screening.apply.handle"));
        handle.setRequiredIndicatorVisible(true);
        Map<UUID, String> names = new LinkedHashMap<>();
        tiers.forEach(option -> names.put(option.id(), option.name()));
        tier.setId("application-tier");
        tier.setLabel(getTranslation("screening.apply.tier"));
        tier.setItems(names.keySet());
        tier.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        tier.setClearButtonVisible(true);
        lifetimePurchase.setId("application-purchase");
        lifetimePurchase.setLabel(getTranslation("screening.apply.lifetimePurchase"));
        payment.setId("application-payment");
        payment.setLabel(getTranslation("screening.evidence.payment"));
        code.setId("application-code");
        code.setLabel(getTranslation("screening.evidence.code"));
        answers.setId("application-answers");
        answers.setLabel(getTranslation("screening.evidence.answers"));
        if (policy.criteria() != null) {
            answers.setHelperText(policy.criteria());
        }
        conditions.setId("application-conditions");
        conditions.setLabel(getTranslation("screening.review.conditions"));
        conditions.setItems(policy.conditions());
        conditions.setItemLabelGenerator(ConditionDetails::label);
        conditions.setVisible(!policy.conditions().isEmpty());
    }

    private void apply() {
        MemberForm member = new MemberForm();
        EvidenceForm evidence = new EvidenceForm();
        boolean valid = memberBinder.writeBeanIfValid(member);
        if (!evidenceBinder.writeBeanIfValid(evidence) || !valid) {
            return;
        }
        if (member.getLifetimePurchase() == null) {
            member.setLifetimePurchase(BigDecimal.ZERO);
        }
        evidence.setCheckedConditionIds(conditions.getValue().stream().map(ConditionDetails::id)
                .collect(Collectors.toSet()));
        try {
            OutcomeMessages.show(this, screening.apply(communityId, member, evidence));
            close();
            onApplied.run();
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("invitationCode", code, "handle", handle,
                    "name", name, "paymentReference", payment, "checkedConditionIds", conditions));
        }
    }
}
