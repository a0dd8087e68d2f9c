package app.communityops.screening.ui;

import app.communityops.screening.Combine;
import app.communityops.screening.Option;
import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.PolicyValidation;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotNull;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormDialogButtons;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Edits How: which of the five mechanisms screen applicants, their parameters, how they combine, and the
 * elimination thresholds. Every problem {@link PolicyValidation} finds is shown beside its field at once.
 */
class PolicyDialog extends Dialog {

    private final ScreeningPolicyService policies;
    private final PolicyDetails loaded;
    private final Runnable onSaved;
    private final Binder<PolicyForm> binder = new BeanValidationBinder<>(PolicyForm.class);
    private final RadioButtonGroup<Combine> combine = new RadioButtonGroup<>();
    private final Checkbox paidEntry = new Checkbox();
    private final BigDecimalField fee = new BigDecimalField();
    private final TextField currency = new TextField();
    private final Checkbox invitationCode = new Checkbox();
    private final Checkbox conditionReview = new Checkbox();
    private final TextArea criteria = new TextArea();
    private final ConditionsEditor conditions;
    private final Checkbox tierPrivilege = new Checkbox();
    private final ComboBox<UUID> minTier = new ComboBox<>();
    private final Checkbox purchaseAmount = new Checkbox();
    private final BigDecimalField minPurchase = new BigDecimalField();
    private final IntegerField inactiveDays = new IntegerField();
    private final IntegerField warningLimit = new IntegerField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PolicyDialog(ScreeningPolicyService policies, PolicyDetails loaded, Runnable onSaved) {
        this.policies = policies;
        this.loaded = loaded;
        this.onSaved = onSaved;
        this.conditions = new ConditionsEditor(policies.attendanceTypes());
        setId("policy-dialog");
        setHeaderTitle(getTranslation("screening.policy.dialog"));
        setWidth("min(46rem, 100vw)");
        configure();
        bind();
        add(layout());
        footer();
        binder.readBean(PolicyForm.of(loaded));
        updateEnabled();
    }

    private void configure() {
        combine.setId("policy-combine");
        combine.setLabel(getTranslation("screening.policy.combine"));
        combine.setItems(Combine.values());
        combine.setItemLabelGenerator(value -> getTranslation("screening.policy.combine." + value.name()));

        mechanism(paidEntry, "policy-paid", "PAID_ENTRY");
        fee.setId("policy-fee");
        fee.setLabel(getTranslation("screening.policy.fee"));
        currency.setId("policy-currency");
        currency.setLabel(getTranslation("screening.policy.currency"));
        currency.setMaxLength(3);
        currency.setWidth("6em");

        mechanism(invitationCode, "policy-code", "INVITATION_CODE");

        mechanism(conditionReview, "policy-condition", "CONDITION_REVIEW");
        criteria.setId("policy-criteria");
        criteria.setLabel(getTranslation("screening.policy.criteria"));
        criteria.setHelperText(getTranslation("screening.policy.criteriaHelper"));
        criteria.setMaxLength(2000);
        conditions.setLabel(getTranslation("screening.policy.conditions"));
        conditions.setHelperText(getTranslation("screening.policy.conditionsHelper"));

        mechanism(tierPrivilege, "policy-tier", "TIER_PRIVILEGE");
        Map<UUID, String> tiers = new LinkedHashMap<>();
        policies.tiers().forEach((Option tier) -> tiers.put(tier.id(), tier.name()));
        minTier.setId("policy-min-tier");
        minTier.setLabel(getTranslation("screening.policy.minTier"));
        minTier.setItems(tiers.keySet());
        minTier.setItemLabelGenerator(id -> tiers.getOrDefault(id, ""));
        if (tiers.isEmpty()) {
            minTier.setHelperText(getTranslation("screening.policy.noTiers"));
        }

        mechanism(purchaseAmount, "policy-purchase", "PURCHASE_AMOUNT");
        minPurchase.setId("policy-min-purchase");
        minPurchase.setLabel(getTranslation("screening.policy.minPurchase"));

        inactiveDays.setId("policy-inactive-days");
        inactiveDays.setLabel(getTranslation("screening.policy.inactiveDays"));
        inactiveDays.setHelperText(getTranslation("screening.policy.inactiveDaysHelper"));
        warningLimit.setId("policy-warning-limit");
        warningLimit.setLabel(getTranslation("screening.policy.warningLimit"));

        fields.putAll(Map.of("fee", fee, "currency", currency, "criteria", criteria, "conditions", conditions,
                "minTierId", minTier, "minPurchase", minPurchase, "inactiveDays", inactiveDays,
                "warningLimit", warningLimit));
    }

    private void mechanism(Checkbox checkbox, String id, String mechanism) {
        checkbox.setId(id);
        checkbox.setLabel(getTranslation("screening.mechanism." + mechanism));
        checkbox.addValueChangeListener(event -> updateEnabled());
    }

    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(combine).bind("combine");
        binder.forField(paidEntry).bind("paidEntry");
        binder.forField(fee).bind("fee");
        binder.forField(currency).bind("currency");
        binder.forField(invitationCode).bind("invitationCode");
        binder.forField(conditionReview).bind("conditionReview");
        binder.forField(criteria).bind("criteria");
        binder.forField(conditions).bind("conditions");
        binder.forField(tierPrivilege).bind("tierPrivilege");
        binder.forField(minTier).bind("minTierId");
        binder.forField(purchaseAmount).bind("purchaseAmount");
        binder.forField(minPurchase).bind("minPurchase");
        binder.forField(inactiveDays).bind("inactiveDays");
        binder.forField(warningLimit).bind("warningLimit");
    }

    private FormLayout layout() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(combine, 2);
        form.add(paidEntry, 2);
        form.add(fee, currency);
        form.add(invitationCode, 2);
        form.add(conditionReview, 2);
        form.add(criteria, 2);
        form.add(conditions, 2);
        form.add(tierPrivilege, 2);
        form.add(minTier, 2);
        form.add(purchaseAmount, 2);
        form.add(minPurchase, 2);
        form.add(new H4(getTranslation("screening.policy.elimination")), 2);
        form.add(inactiveDays, warningLimit);
        return form;
    }

    /** Parameters of a switched-off mechanism are kept but greyed out. */
    private void updateEnabled() {
        fee.setEnabled(paidEntry.getValue());
        currency.setEnabled(paidEntry.getValue());
        criteria.setEnabled(conditionReview.getValue());
        conditions.setEnabled(conditionReview.getValue());
        minTier.setEnabled(tierPrivilege.getValue());
        minPurchase.setEnabled(purchaseAmount.getValue());
    }

    private void footer() {
        FormDialogButtons.primary(this, getTranslation("action.save"), "policy-save", "policy-cancel", event -> save());
    }

    private void save() {
        PolicyForm form = new PolicyForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        fields.values().forEach(field -> field.setInvalid(false));
        Map<String, String> problems = PolicyValidation.problems(form);
        if (!problems.isEmpty()) {
            problems.forEach((name, key) -> {
                HasValidation field = NotNull.entry(fields, name);
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            });
            return;
        }
        try {
            policies.update(loaded.communityId(), loaded.version(), form);
            Notifications.success(getTranslation("screening.policy.saved"));
            close();
            onSaved.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            close();
            StaleEdit.offerReload(onSaved);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, fields);
        }
    }
}
