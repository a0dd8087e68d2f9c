package app.communityops.screening.ui;

import app.communityops.screening.CodeBatchForm;
import app.communityops.screening.InvitationCodeService;
import app.communityops.screening.Option;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates one code or a batch, with a quota per code, a last valid day and an optional owner; then shows the
 * new codes once, ready to copy.
 */
class CodeBatchDialog extends Dialog {

    private final InvitationCodeService codes;
    private final UUID communityId;
    private final Runnable onGenerated;
    private final Binder<CodeBatchForm> binder = new BeanValidationBinder<>(CodeBatchForm.class);
    private final IntegerField count = new IntegerField();
    private final IntegerField quota = new IntegerField();
    private final DatePicker validUntil = new DatePicker();
    private final ComboBox<UUID> ownerStaff = new ComboBox<>();
    private final ComboBox<Option> ownerMember = new ComboBox<>();
    private final Button generate = new Button();
    private final ZoneId zone;

    CodeBatchDialog(InvitationCodeService codes, ZoneId zone, UUID communityId, Runnable onGenerated) {
        this.codes = codes;
        this.zone = zone;
        this.communityId = communityId;
        this.onGenerated = onGenerated;
        setId("code-batch-dialog");
        setHeaderTitle(getTranslation("screening.codes.generate"));
        setWidth("min(36rem, 100vw)");
        configure();
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(count).bind("count");
        binder.forField(quota).bind("quota");
        binder.forField(validUntil).bind("validUntil");
        binder.forField(ownerStaff).bind("ownerUserId");
        binder.readBean(new CodeBatchForm());
        add(new FormLayout(count, quota, validUntil, ownerStaff, ownerMember));
        generate.setText(getTranslation("screening.codes.generateSubmit"));
        generate.setId("code-batch-submit");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(event -> generate());
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("code-batch-cancel");
        getFooter().add(cancel, generate);
    }

    private void configure() {
        count.setId("code-count");
        count.setLabel(getTranslation("screening.codes.count"));
        count.setMin(1);
        count.setMax(500);
        count.setStepButtonsVisible(true);
        quota.setId("code-quota");
        quota.setLabel(getTranslation("screening.codes.quota"));
        quota.setHelperText(getTranslation("screening.codes.quotaHelper"));
        quota.setMin(1);
        quota.setStepButtonsVisible(true);
        validUntil.setId("code-valid-until");
        validUntil.setLabel(getTranslation("screening.codes.validUntil"));
        validUntil.setHelperText(getTranslation("screening.codes.validUntilHelper"));
        validUntil.setMin(LocalDate.now(zone));
        validUntil.setClearButtonVisible(true);

        Map<UUID, String> staff = new LinkedHashMap<>();
        codes.staffOwners().forEach(option -> staff.put(option.id(), option.name()));
        ownerStaff.setId("code-owner-staff");
        ownerStaff.setLabel(getTranslation("screening.codes.ownerStaff"));
        ownerStaff.setItems(staff.keySet());
        ownerStaff.setItemLabelGenerator(id -> staff.getOrDefault(id, ""));
        ownerStaff.setClearButtonVisible(true);

        ownerMember.setId("code-owner-member");
        ownerMember.setLabel(getTranslation("screening.codes.ownerMember"));
        ownerMember.setHelperText(getTranslation("screening.codes.ownerMemberHelper"));
        // A short list of matches to pick from, not a directory: only the first page is ever served.
        ownerMember.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : codes.memberOwners(communityId, query.getFilter().orElse(""), query.getLimit()).stream());
        ownerMember.setItemLabelGenerator(Option::name);
        ownerMember.setClearButtonVisible(true);
    }

    private void generate() {
        CodeBatchForm form = new CodeBatchForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        Option member = ownerMember.getValue();
        form.setOwnerMemberId(member == null ? null : member.id());
        try {
            List<String> generated = codes.generate(communityId, form, zone);
            onGenerated.run();
            showGenerated(generated);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("validUntil", validUntil,
                    "ownerUserId", ownerStaff, "ownerMemberId", ownerMember));
        }
    }

    private void showGenerated(List<String> generated) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("screening.codes.generated", generated.size()));
        TextArea list = new TextArea();
        list.setId("generated-codes");
        list.setReadOnly(true);
        list.setWidthFull();
        list.setValue(String.join("\n", generated));
        Button copy = new Button(getTranslation("screening.codes.copy"),
                event -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                        String.join("\n", generated)));
        copy.setId("generated-codes-copy");
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("generated-codes-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("screening.codes.generatedHint")), list);
        getFooter().add(copy, close);
    }
}
