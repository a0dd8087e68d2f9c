package app.communityops.content.ui;

import app.communityops.content.RulebookItemDetails;
import app.communityops.content.RulebookKind;
import app.communityops.content.RulebookService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
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
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/** The items of one part of the rulebook (e.g. forbidden behaviour), with add, reword, history and remove. */
class RulebookKindPanel extends Div {

    private final RulebookService rulebook;
    private final Runnable refresh;
    private final ZoneId zone;
    private final boolean approval;

    /** {@code approval}: changes are proposed for approval instead of applied. */
    RulebookKindPanel(RulebookService rulebook, UUID communityId, RulebookKind kind, List<RulebookItemDetails> items,
                      boolean editable, boolean approval, ZoneId zone, Runnable refresh) {
        this.approval = approval;
        this.rulebook = rulebook;
        this.refresh = refresh;
        this.zone = zone;
        String key = kind.name().toLowerCase(Locale.ROOT);
        setId("rulebook-" + key);
        addClassName("rulebook-part");
        add(new H4(getTranslation("rulebook.kind." + kind.name())));
        if (items.isEmpty()) {
            Span none = new Span(getTranslation("rulebook.part.empty"));
            none.setId("rulebook-empty-" + key);
            none.addClassName("rulebook-none");
            add(none);
        }
        items.forEach(item -> add(row(item, editable)));
        if (editable && (!kind.single() || items.isEmpty())) {
            add(adder(communityId, kind, key));
        }
    }

    private Div row(RulebookItemDetails item, boolean editable) {
        Span text = new Span(item.text());
        text.setId("rulebook-item-" + item.id());
        text.addClassName("rulebook-text");
        Span meta = new Span(getTranslation("rulebook.changedBy", item.changedByName(),
                ContentLabels.dateTime(item.changedAt(), zone)));
        meta.addClassName("rulebook-meta");
        Button history = new Button(getTranslation("rulebook.history"), VaadinIcon.TIME_BACKWARD.create(),
                event -> new HistoryDialog(item.text(), rulebook.history(item.id()).stream()
                        .map(change -> new HistoryDialog.Row(change.text(), change.active(), change.changedAt(),
                                change.changedByName())).toList(), zone).open());
        history.setId("rulebook-history-" + item.id());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div row = new Div(text, meta, history);
        row.addClassName("rulebook-row");
        if (editable) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    event -> new TextEditDialog(getTranslation("rulebook.edit"), item.text(),
                            RulebookService.MAX_TEXT, value -> {
                                if (approval) {
                                    rulebook.proposeUpdate(item.id(), item.version(), value);
                                } else {
                                    rulebook.update(item.id(), item.version(), value);
                                }
                            }, refresh, approval ? "rulebook.proposed" : "rulebook.saved").open());
            edit.setId("rulebook-edit-" + item.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button remove = new Button(getTranslation("rulebook.remove"), VaadinIcon.TRASH.create(),
                    event -> Confirm.danger(getTranslation("rulebook.remove.title"),
                            getTranslation("rulebook.remove.text"), getTranslation("rulebook.remove"),
                            () -> remove(item)));
            remove.setId("rulebook-remove-" + item.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
            row.add(edit, remove);
        }
        return row;
    }

    private Div adder(UUID communityId, RulebookKind kind, String key) {
        TextArea text = new TextArea();
        text.setId("rulebook-add-text-" + key);
        text.setPlaceholder(getTranslation("rulebook.placeholder." + kind.name()));
        text.setAriaLabel(getTranslation("rulebook.kind." + kind.name()));
        text.setMaxLength(RulebookService.MAX_TEXT);
        text.setWidth("min(32rem, 100%)");
        Button add = new Button(getTranslation("rulebook.add"), VaadinIcon.PLUS.create(), event -> {
            try {
                text.setInvalid(false);
                if (approval) {
                    rulebook.proposeAdd(communityId, kind, text.getValue());
                    Notifications.success(getTranslation("rulebook.proposed"));
                } else {
                    rulebook.add(communityId, kind, text.getValue());
                    Notifications.success(getTranslation("rulebook.saved"));
                }
                refresh.run();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("text", text));
            }
        });
        add.setId("rulebook-add-" + key);
        Div adder = new Div(text, add);
        adder.addClassName("rulebook-adder");
        return adder;
    }

    private void remove(RulebookItemDetails item) {
        try {
            if (approval) {
                rulebook.proposeRemove(item.id(), item.version());
                Notifications.success(getTranslation("rulebook.proposed"));
            } else {
                rulebook.remove(item.id(), item.version());
                Notifications.success(getTranslation("rulebook.removed"));
            }
            refresh.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(refresh);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of());
        }
    }
}
