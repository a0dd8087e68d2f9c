package app.communityops.tool.ui;

import app.communityops.community.CommunitySummary;
import app.communityops.security.AccountSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.tool.BillingPeriod;
import app.communityops.tool.CategorySummary;
import app.communityops.tool.CostSplit;
import app.communityops.tool.FunnelStage;
import app.communityops.tool.ToolForm;
import app.communityops.tool.ToolService;
import app.communityops.tool.ToolStatus;
import app.communityops.tool.ToolSummary;
import app.communityops.tool.ToolUsage;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** Creates, edits or deletes a tool: every field of the inventory, the communities using it and their weights. */
class ToolFormDialog extends Dialog {

    private static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "JPY", "GBP", "SGD");

    private final ToolService tools;
    private final Consumer<ToolSummary> onSaved;
    private final @Nullable ToolSummary existing;
    private final List<CategorySummary> categories;
    private final List<AccountSummary> staff;
    private final BeanValidationBinder<ToolForm> binder = new BeanValidationBinder<>(ToolForm.class);
    private final TextField name = new TextField();
    private final ComboBox<CategorySummary> category = new ComboBox<>();
    private final TextField vendor = new TextField();
    private final TextField link = new TextField();
    private final TextArea purpose = new TextArea();
    private final ComboBox<FunnelStage> funnelStage = new ComboBox<>();
    private final ComboBox<AccountSummary> owner = new ComboBox<>();
    private final BigDecimalField costAmount = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final Select<BillingPeriod> billingPeriod = new Select<>();
    private final IntegerField seats = new IntegerField();
    private final DatePicker renewalDate = new DatePicker();
    private final Select<ToolStatus> status = new Select<>();
    private final RadioButtonGroup<CostSplit> split = new RadioButtonGroup<>();
    private final MultiSelectComboBox<CommunitySummary> communities = new MultiSelectComboBox<>();
    private final Div weights = new Div();
    private final Map<UUID, BigDecimalField> weightFields = new LinkedHashMap<>();
    private final Map<UUID, BigDecimal> loadedWeights = new LinkedHashMap<>();

    ToolFormDialog(ToolService tools, List<CategorySummary> categories, List<CommunitySummary> visibleCommunities,
                   List<AccountSummary> staff, @Nullable ToolSummary existing, Consumer<ToolSummary> onSaved) {
        this.tools = tools;
        this.categories = categories;
        this.staff = staff;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("tool-dialog");
        setHeaderTitle(getTranslation(existing == null ? "tool.dialog.new" : "tool.dialog.edit"));
        setWidth("min(48rem, 100vw)");
        configureFields(visibleCommunities);
        bind();
        FormLayout form = new FormLayout(name, category, vendor, link, purpose, funnelStage, owner, status,
                costAmount, currency, billingPeriod, seats, renewalDate, split, communities, weights);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(name, 2);
        form.setColspan(purpose, 2);
        form.setColspan(split, 2);
        form.setColspan(communities, 2);
        form.setColspan(weights, 2);
        add(form);
        footer();
        ToolForm loaded = existing == null ? new ToolForm() : ToolForm.of(existing);
        binder.readBean(loaded);
        loaded.getUsages().forEach(usage -> loadedWeights.put(usage.communityId(), usage.weight()));
        communities.setValue(visibleCommunities.stream().filter(c -> loadedWeights.containsKey(c.id())).toList());
        renderWeights();
    }

    private void configureFields(List<CommunitySummary> visibleCommunities) {
        name.setId("tool-name");
        name.setLabel(getTranslation("tool.field.name"));
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        category.setId("tool-category");
        category.setLabel(getTranslation("tool.field.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(CategorySummary::name);
        vendor.setId("tool-vendor");
        vendor.setLabel(getTranslation("tool.field.vendor"));
        vendor.setMaxLength(120);
        link.setId("tool-link");
        link.setLabel(getTranslation("tool.field.link"));
        link.setMaxLength(500);
        purpose.setId("tool-purpose");
        purpose.setLabel(getTranslation("tool.field.purpose"));
        purpose.setMaxLength(2000);
        funnelStage.setId("tool-stage");
        funnelStage.setLabel(getTranslation("tool.field.funnelStage"));
        funnelStage.setItems(FunnelStage.values());
        funnelStage.setItemLabelGenerator(value -> ToolLabels.of(this, value));
        funnelStage.setClearButtonVisible(true);
        owner.setId("tool-owner");
        owner.setLabel(getTranslation("tool.field.owner"));
        owner.setItems(staff);
        owner.setItemLabelGenerator(AccountSummary::displayName);
        owner.setClearButtonVisible(true);
        costAmount.setId("tool-cost");
        costAmount.setLabel(getTranslation("tool.field.costAmount"));
        currency.setId("tool-currency");
        currency.setLabel(getTranslation("tool.field.currency"));
        currency.setItems(CURRENCIES);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(event -> currency.setValue(event.getDetail().strip()
                .toUpperCase(java.util.Locale.ROOT)));
        billingPeriod.setId("tool-period");
        billingPeriod.setLabel(getTranslation("tool.field.billingPeriod"));
        billingPeriod.setItems(BillingPeriod.values());
        billingPeriod.setItemLabelGenerator(value -> ToolLabels.of(this, value));
        seats.setId("tool-seats");
        seats.setLabel(getTranslation("tool.field.seats"));
        seats.setMin(1);
        renewalDate.setId("tool-renewal");
        renewalDate.setLabel(getTranslation("tool.field.renewalDate"));
        status.setId("tool-status");
        status.setLabel(getTranslation("tool.field.status"));
        status.setItems(ToolStatus.values());
        status.setItemLabelGenerator(value -> ToolLabels.of(this, value));
        split.setId("tool-split");
        split.setLabel(getTranslation("tool.field.split"));
        split.setItems(CostSplit.values());
        split.setItemLabelGenerator(value -> ToolLabels.of(this, value));
        split.addValueChangeListener(event -> renderWeights());
        communities.setId("tool-communities");
        communities.setLabel(getTranslation("tool.field.communities"));
        communities.setItems(visibleCommunities);
        communities.setItemLabelGenerator(CommunitySummary::name);
        communities.addValueChangeListener(event -> renderWeights());
        weights.setId("tool-weights");
        weights.addClassName("tool-weights");
    }

    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(name).bind("name");
        binder.forField(category).withConverter(c -> c == null ? null : c.id(),
                id -> categories.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null)).bind("categoryId");
        binder.forField(vendor).bind("vendor");
        binder.forField(link).bind("link");
        binder.forField(purpose).bind("purpose");
        binder.forField(funnelStage).bind("funnelStage");
        binder.forField(owner).withConverter(a -> a == null ? null : a.id(),
                id -> staff.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null)).bind("ownerId");
        binder.forField(costAmount).bind("costAmount");
        binder.forField(currency).bind("currency");
        binder.forField(billingPeriod).bind("billingPeriod");
        binder.forField(seats).bind("seats");
        binder.forField(renewalDate).bind("renewalDate");
        binder.forField(status).bind("status");
        binder.forField(split).bind("split");
    }

    /** One weight per chosen community, shown only when the cost is split by weight. */
    private void renderWeights() {
        weightFields.forEach((id, field) -> field.getOptionalValue().ifPresent(value -> loadedWeights.put(id, value)));
        weightFields.clear();
        weights.removeAll();
        for (CommunitySummary chosen : communities.getSelectedItems()) {
            BigDecimalField weight = new BigDecimalField(getTranslation("tool.field.weight", chosen.name()));
            weight.setId("tool-weight-" + chosen.id());
            weight.setValue(loadedWeights.getOrDefault(chosen.id(), BigDecimal.ONE));
            weightFields.put(chosen.id(), weight);
            weights.add(weight);
        }
        weights.setVisible(split.getValue() == CostSplit.WEIGHT && !weightFields.isEmpty());
    }

    private void footer() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("tool-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("tool-cancel");
        if (existing != null) {
            Button delete = new Button(getTranslation("tool.dialog.delete"), event -> confirmDelete(existing));
            delete.setId("tool-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    void save() {
        ToolForm form = new ToolForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        form.setUsages(weightFields.entrySet().stream().map(entry -> new ToolUsage(entry.getKey(),
                entry.getValue().getOptionalValue().orElse(BigDecimal.ZERO))).toList());
        try {
            ToolSummary saved = existing == null ? tools.create(form)
                    : tools.update(existing.id(), existing.version(), form);
            Notifications.success(getTranslation("tool.saved"));
            close();
            onSaved.accept(saved);
        } catch (UserFacingException | OptimisticLockingFailureException error) {
            if (error instanceof ConcurrentEditException || error instanceof OptimisticLockingFailureException) {
                app.communityops.shared.ui.StaleEdit.offerReload(() -> {
                    close();
                    onSaved.accept(existing);
                });
                return;
            }
            FormErrors.show(error, Map.<String, HasValidation>of("name", name, "categoryId", category,
                    "currency", currency, "link", link, "ownerId", owner, "usages", communities));
        }
    }

    private void confirmDelete(ToolSummary tool) {
        Confirm.danger(getTranslation("tool.dialog.delete"), getTranslation("tool.dialog.deleteConfirm", tool.name()),
                getTranslation("tool.dialog.delete"), () -> {
                    try {
                        tools.delete(tool.id(), tool.version());
                        Notifications.success(getTranslation("tool.deleted"));
                        close();
                        onSaved.accept(tool);
                    } catch (ConcurrentEditException | OptimisticLockingFailureException error) {
                        app.communityops.shared.ui.StaleEdit.offerReload(() -> {
                            close();
                            onSaved.accept(tool);
                        });
                    }
                });
    }
}
