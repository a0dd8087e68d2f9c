package app.communityops.screening.ui;

import app.communityops.members.MemberFields;
import app.communityops.screening.ApplicationOutcome;
import app.communityops.screening.ConditionDetails;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.Evaluation;
import app.communityops.screening.MechanismResult;
import app.communityops.screening.ReviewItem;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One application under review: what each mechanism said and why, the conditions to tick, the evidence to
 * complete, and the decision. Approving counts as the reviewer's check; rejecting needs a reason.
 */
class ReviewDialog extends Dialog {

    private final ScreeningService screening;
    private final ReviewItem item;
    private final Runnable onChanged;
    private final CheckboxGroup<ConditionDetails> conditions = new CheckboxGroup<>();
    private final TextField payment = new TextField();
    private final TextField code = new TextField();
    private final TextArea answers = new TextArea();
    private final TextField note = new TextField();
    private final TextArea reason = new TextArea();

    ReviewDialog(ScreeningService screening, ReviewItem item, List<ConditionDetails> communityConditions,
                 Runnable onChanged) {
        this.screening = screening;
        this.item = item;
        this.onChanged = onChanged;
        setId("review-dialog");
        setHeaderTitle(getTranslation("screening.review.dialog", MemberFields.label(item.memberName(), item.memberHandle())));
        setWidth("min(44rem, 100vw)");
        add(outcomes(item.evaluation()), evidence(communityConditions), decision());
        Button cancel = new Button(getTranslation("action.close"), event -> close());
        cancel.setId("review-close");
        getFooter().add(cancel);
    }

    private Div outcomes(@Nullable Evaluation evaluation) {
        Div section = new Div(new H4(getTranslation("screening.review.outcomes")));
        UnorderedList list = new UnorderedList();
        list.setId("review-outcomes");
        if (evaluation != null) {
            for (MechanismResult result : evaluation.results()) {
                ListItem line = new ListItem(ScreeningLabels.outcomeBadge(this, result),
                        new Span(" " + ScreeningLabels.reason(this, result)));
                line.setId("review-outcome-" + result.mechanism().name());
                list.add(line);
            }
        }
        section.add(list);
        return section;
    }

    private Div evidence(List<ConditionDetails> communityConditions) {
        conditions.setId("review-conditions");
        conditions.setLabel(getTranslation("screening.review.conditions"));
        conditions.setItems(communityConditions);
        conditions.setItemLabelGenerator(ConditionDetails::label);
        conditions.setValue(communityConditions.stream().filter(c -> item.checkedConditionIds().contains(c.id()))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        conditions.setVisible(!communityConditions.isEmpty());
        payment.setId("review-payment");
        payment.setLabel(getTranslation("screening.evidence.payment"));
        payment.setMaxLength(120);
        payment.setValue(item.paymentReference() == null ? "" : item.paymentReference());
        code.setId("review-code");
        code.setLabel(getTranslation("screening.evidence.code"));
        code.setMaxLength(32);
        code.setValue(item.invitationCode() == null ? "" : item.invitationCode());
        answers.setId("review-answers");
        answers.setLabel(getTranslation("screening.evidence.answers"));
        answers.setMaxLength(4000);
        answers.setValue(item.answers() == null ? "" : item.answers());
        Button save = new Button(getTranslation("screening.review.saveEvidence"), event -> saveEvidence());
        save.setId("review-save-evidence");
        FormLayout form = new FormLayout(conditions, payment, code, answers, save);
        form.setColspan(conditions, 2);
        form.setColspan(answers, 2);
        return new Div(new H4(getTranslation("screening.review.evidence")), form);
    }

    private Div decision() {
        note.setId("review-note");
        note.setLabel(getTranslation("screening.review.note"));
        note.setMaxLength(500);
        Button approve = new Button(getTranslation("screening.review.approve"), event -> approve());
        approve.setId("review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reason.setId("review-reason");
        reason.setLabel(getTranslation("screening.review.reason"));
        reason.setMaxLength(500);
        Button reject = new Button(getTranslation("screening.review.reject"), event -> reject());
        reject.setId("review-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(note, approve, reason, reject);
        return new Div(new H4(getTranslation("screening.review.decision")), form);
    }

    private Set<UUID> ticked() {
        return conditions.getValue().stream().map(ConditionDetails::id).collect(Collectors.toSet());
    }

    private void saveEvidence() {
        try {
            ApplicationOutcome outcome = screening.updateEvidence(item.membershipId(),
                    EvidenceForm.of(payment.getValue(), code.getValue(), answers.getValue(), ticked()));
            done(outcome);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("invitationCode", code,
                    "paymentReference", payment, "checkedConditionIds", conditions));
        }
    }

    private void approve() {
        try {
            if (!ticked().equals(item.checkedConditionIds())) {
                screening.tickConditions(item.membershipId(), ticked());
            }
            done(screening.approve(item.membershipId(), note.getValue()));
        } catch (UserFacingException | OptimisticLockingFailureException refusal) {
            // A colleague may decide the same application at the same moment: they are told, and the queue reloads.
            onChanged.run();
            FormErrors.show(refusal, Map.<String, HasValidation>of("checkedConditionIds", conditions));
        }
    }

    private void reject() {
        try {
            screening.reject(item.membershipId(), reason.getValue());
            Notifications.success(getTranslation("screening.review.rejected", item.memberName()));
            close();
            onChanged.run();
        } catch (UserFacingException | OptimisticLockingFailureException refusal) {
            onChanged.run();
            FormErrors.show(refusal, Map.<String, HasValidation>of("reason", reason));
        }
    }

    private void done(ApplicationOutcome outcome) {
        OutcomeMessages.show(this, outcome);
        close();
        onChanged.run();
    }
}
