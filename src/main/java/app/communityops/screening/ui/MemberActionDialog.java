package app.communityops.screening.ui;

import app.communityops.screening.EliminationCandidate;
import app.communityops.screening.EliminationService;
import app.communityops.screening.RedLineDetails;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;

/** Warns or eliminates one member, with a reason and optionally the red line crossed; elimination asks first. */
class MemberActionDialog extends Dialog {

    enum Action { WARN, ELIMINATE }

    private final EliminationService elimination;
    private final EliminationCandidate candidate;
    private final Action action;
    private final Runnable onDone;
    private final TextArea reason = new TextArea();
    private final ComboBox<RedLineDetails> redLine = new ComboBox<>();

    MemberActionDialog(EliminationService elimination, EliminationCandidate candidate, Action action,
                       List<RedLineDetails> activeRedLines, Runnable onDone) {
        this.elimination = elimination;
        this.candidate = candidate;
        this.action = action;
        this.onDone = onDone;
        String key = action == Action.WARN ? "warn" : "eliminate";
        setId(key + "-dialog");
        setHeaderTitle(getTranslation("screening.elimination." + key + ".title", candidate.memberName()));
        setWidth("min(32rem, 100vw)");
        reason.setId("action-reason");
        reason.setLabel(getTranslation("screening.elimination.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        redLine.setId("action-red-line");
        redLine.setLabel(getTranslation("screening.elimination.redLine"));
        redLine.setItems(activeRedLines);
        redLine.setItemLabelGenerator(RedLineDetails::text);
        redLine.setClearButtonVisible(true);
        FormLayout form = new FormLayout(reason, redLine);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button confirm = new Button(getTranslation("screening.elimination." + key), event -> submit());
        confirm.setId("action-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY,
                action == Action.WARN ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, confirm);
    }

    private void submit() {
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("membership.error.reasonRequired"));
            reason.setInvalid(true);
            return;
        }
        if (action == Action.WARN) {
            run();
            return;
        }
        Confirm.danger(getTranslation("screening.elimination.confirm.title", candidate.memberName()),
                getTranslation("screening.elimination.confirm.text"),
                getTranslation("screening.elimination.eliminate"), this::run);
    }

    private void run() {
        RedLineDetails line = redLine.getValue();
        try {
            if (action == Action.WARN) {
                elimination.warn(candidate.membershipId(), reason.getValue(), line == null ? null : line.id());
                Notifications.success(getTranslation("screening.elimination.warned", candidate.memberName()));
            } else {
                elimination.eliminate(candidate.membershipId(), reason.getValue(), line == null ? null : line.id());
                Notifications.success(getTranslation("screening.elimination.eliminated", candidate.memberName()));
            }
            close();
            onDone.run();
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("reason", reason, "redLine", redLine));
        }
    }
}
