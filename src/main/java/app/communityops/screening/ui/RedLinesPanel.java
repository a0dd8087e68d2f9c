package app.communityops.screening.ui;

import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/** The community's red lines: add, reword, deactivate or reactivate. Deactivated lines stay for past warnings. */
class RedLinesPanel extends Div {

    private final RedLineService redLines;
    private final UUID communityId;
    private final Runnable onChanged;
    private final Grid<RedLineDetails> grid = new Grid<>();
    private final TextField text = new TextField();

    RedLinesPanel(RedLineService redLines, UUID communityId, Runnable onChanged) {
        this.redLines = redLines;
        this.communityId = communityId;
        this.onChanged = onChanged;
        setId("red-lines");
        setWidthFull();
        text.setId("red-line-text");
        text.setPlaceholder(getTranslation("screening.redLines.placeholder"));
        text.setAriaLabel(getTranslation("screening.redLines.placeholder"));
        text.setMaxLength(300);
        text.setWidth("24rem");
        Button add = new Button(getTranslation("screening.redLines.add"), VaadinIcon.PLUS.create(), event -> add());
        add.setId("red-line-add");
        Div adder = new Div(text, add);
        adder.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        grid.setId("red-lines-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("screening.redLines.empty"));
        grid.addComponentColumn(this::textCell).setKey("text").setHeader(getTranslation("screening.redLines.column.text"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("screening.codes.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::toggle).setKey("toggle").setAutoWidth(true).setFlexGrow(0);
        add(new H3(getTranslation("screening.redLines.title")), adder, grid);
        refresh();
    }

    List<RedLineDetails> active() {
        return redLines.list(communityId).stream().filter(RedLineDetails::active).toList();
    }

    private Component textCell(RedLineDetails line) {
        TextField field = new TextField();
        field.setId("red-line-" + line.id());
        field.setValue(line.text());
        field.setWidthFull();
        field.setMaxLength(300);
        field.setAriaLabel(getTranslation("screening.redLines.column.text"));
        field.addValueChangeListener(event -> {
            if (!event.getValue().equals(line.text())) {
                save(() -> redLines.update(line.id(), line.version(), RedLineForm.of(event.getValue())), field);
            }
        });
        return field;
    }

    private Component status(RedLineDetails line) {
        Span badge = new Span(getTranslation(line.active() ? "screening.redLines.active" : "screening.redLines.inactive"));
        badge.addClassNames("status-badge", line.active() ? "success" : "contrast");
        return badge;
    }

    private Component toggle(RedLineDetails line) {
        Button toggle = new Button(getTranslation(line.active() ? "screening.redLines.deactivate"
                : "screening.redLines.reactivate"),
                event -> save(() -> redLines.setActive(line.id(), line.version(), !line.active()), text));
        toggle.setId("red-line-toggle-" + line.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return toggle;
    }

    private void add() {
        save(() -> redLines.add(communityId, RedLineForm.of(text.getValue())), text);
        if (!text.isInvalid()) {
            text.clear();
        }
    }

    private void save(java.util.function.Supplier<RedLineDetails> change, TextField field) {
        try {
            field.setInvalid(false);
            change.get();
            Notifications.success(getTranslation("screening.redLines.saved"));
            refresh();
            onChanged.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("text", field));
        }
    }

    private void refresh() {
        grid.setItems(redLines.list(communityId));
    }
}
