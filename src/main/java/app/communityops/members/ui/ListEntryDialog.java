package app.communityops.members.ui;

import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/** Names an entry of a tenant list (a tier also gets its rank) and hands the form to the service. */
class ListEntryDialog<F> extends Dialog {

    private final BeanValidationBinder<F> binder;
    private final TextField name = new TextField();
    private final IntegerField rank = new IntegerField();

    ListEntryDialog(Class<F> formType, F form, boolean withRank, String titleKey, Consumer<F> save,
                    Runnable afterSave) {
        this.binder = new BeanValidationBinder<>(formType);
        setId("list-entry-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(26rem, 100vw)");
        binder.setDefaultValidatorsEnabled(false);
        name.setId("list-entry-name");
        name.setLabel(getTranslation("members.lists.name"));
        name.setRequiredIndicatorVisible(true);
        binder.forField(name).bind("name");
        FormLayout layout = new FormLayout(name);
        if (withRank) {
            rank.setId("list-entry-rank");
            rank.setLabel(getTranslation("members.lists.rank"));
            rank.setHelperText(getTranslation("members.lists.rankHelp"));
            rank.setStepButtonsVisible(true);
            binder.forField(rank).bind("rank");
            layout.add(rank);
        }
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        binder.readBean(form);

        Button confirm = new Button(getTranslation("action.save"), event -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                save.accept(form);
                close();
                afterSave.run();
            } catch (UserFacingException | OptimisticLockingFailureException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("name", name, "rank", rank));
            }
        });
        confirm.setId("list-entry-save");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }
}
