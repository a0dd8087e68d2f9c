package app.communityops.content.ui;

import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The elimination red lines, kept by screening (warnings and eliminations cite them) and shown here as part of the
 * rulebook, with their history. Retired lines stay listed, marked, because past warnings still name them.
 */
class RedLinePanel extends Div {

    private final RedLineService redLines;
    private final Runnable refresh;
    private final ZoneId zone;

    RedLinePanel(RedLineService redLines, UUID communityId, boolean editable, ZoneId zone, Runnable refresh) {
        this.redLines = redLines;
        this.refresh = refresh;
        this.zone = zone;
        setId("rulebook-red-lines");
        addClassName("rulebook-part");
        add(new H4(getTranslation("rulebook.redLines")));
        List<RedLineDetails> lines = redLines.list(communityId);
        if (lines.isEmpty()) {
            Span none = new Span(getTranslation("rulebook.part.empty"));
            none.setId("rulebook-red-lines-empty");
            add(none);
        }
        lines.forEach(line -> add(row(line, editable)));
        if (editable) {
            add(adder(communityId));
        }
    }

    private Div row(RedLineDetails line, boolean editable) {
        Span text = new Span(line.text());
        text.setId("red-line-item-" + line.id());
        text.addClassName("rulebook-text");
        Span badge = new Span(getTranslation(line.active() ? "rulebook.redLine.active" : "rulebook.redLine.retired"));
        badge.addClassNames("status-badge", line.active() ? "success" : "contrast");
        Button history = new Button(getTranslation("rulebook.history"), VaadinIcon.TIME_BACKWARD.create(),
                event -> new HistoryDialog(line.text(), redLines.history(line.id()).stream()
                        .map(change -> new HistoryDialog.Row(change.text(), change.active(), change.changedAt(),
                                change.changedByName())).toList(), zone).open());
        history.setId("red-line-history-" + line.id());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div row = new Div(text, badge, history);
        row.addClassName("rulebook-row");
        if (editable) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    event -> new TextEditDialog(getTranslation("rulebook.edit"), line.text(), 300,
                            value -> redLines.update(line.id(), line.version(), RedLineForm.of(value)),
                            refresh).open());
            edit.setId("red-line-edit-" + line.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button toggle = new Button(getTranslation(line.active() ? "rulebook.redLine.retire"
                    : "rulebook.redLine.reinstate"), event -> toggle(line));
            toggle.setId("red-line-toggle-" + line.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            row.add(edit, toggle);
        }
        return row;
    }

    private Div adder(UUID communityId) {
        TextField text = new TextField();
        text.setId("red-line-add-text");
        text.setPlaceholder(getTranslation("rulebook.placeholder.redLine"));
        text.setAriaLabel(getTranslation("rulebook.redLines"));
        text.setMaxLength(300);
        text.setWidth("min(32rem, 100%)");
        Button add = new Button(getTranslation("rulebook.add"), VaadinIcon.PLUS.create(), event -> {
            try {
                text.setInvalid(false);
                redLines.add(communityId, RedLineForm.of(text.getValue()));
                Notifications.success(getTranslation("rulebook.saved"));
                refresh.run();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("text", text));
            }
        });
        add.setId("red-line-add");
        Div adder = new Div(text, add);
        adder.addClassName("rulebook-adder");
        return adder;
    }

    private void toggle(RedLineDetails line) {
        try {
            redLines.setActive(line.id(), line.version(), !line.active());
            Notifications.success(getTranslation("rulebook.saved"));
            refresh.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(refresh);
        }
    }
}
