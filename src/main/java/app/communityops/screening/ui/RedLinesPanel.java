package app.communityops.screening.ui;

import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineProposalDetails;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The community's red lines: add, reword, deactivate or reactivate. Deactivated lines stay for past warnings. Where
 * the rulebook's changes need approval, each of those is proposed instead, and the lines waiting for a decision are
 * marked, with the changes not applied yet listed under them (before and after).
 */
class RedLinesPanel extends Div {

    private final RedLineService redLines;
    private final UUID communityId;
    private final ZoneId zone;
    private final Runnable onChanged;
    private final Grid<RedLineDetails> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Span approvalNote = new Span();
    private final Div proposalsHolder = new Div();
    private boolean approval;
    private Set<UUID> pendingLines = Set.of();

    RedLinesPanel(RedLineService redLines, UUID communityId, ZoneId zone, Runnable onChanged) {
        this.redLines = redLines;
        this.communityId = communityId;
        this.zone = zone;
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
        approvalNote.setId("red-lines-approval-note");
        approvalNote.setText(getTranslation("screening.redLines.approvalNote"));
        approvalNote.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
        proposalsHolder.setWidthFull();
        add(new H3(getTranslation("screening.redLines.title")), approvalNote, adder, grid, proposalsHolder);
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
        field.setReadOnly(pendingLines.contains(line.id()));
        field.addValueChangeListener(event -> {
            if (!event.getValue().equals(line.text())) {
                save(() -> approval
                        ? redLines.proposeUpdate(line.id(), line.version(), RedLineForm.of(event.getValue()))
                        : redLines.update(line.id(), line.version(), RedLineForm.of(event.getValue())), field);
            }
        });
        return field;
    }

    private Component status(RedLineDetails line) {
        Span badge = new Span(getTranslation(line.active() ? "screening.redLines.active" : "screening.redLines.inactive"));
        badge.addClassNames("status-badge", line.active() ? "success" : "contrast");
        if (!pendingLines.contains(line.id())) {
            return badge;
        }
        Span pending = new Span(getTranslation("screening.redLines.pending"));
        pending.setId("red-line-pending-" + line.id());
        pending.getElement().getThemeList().add("badge");
        Div both = new Div(badge, pending);
        both.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        return both;
    }

    private Component toggle(RedLineDetails line) {
        Button toggle = new Button(getTranslation(line.active() ? "screening.redLines.deactivate"
                : "screening.redLines.reactivate"),
                event -> save(() -> approval
                        ? redLines.proposeActive(line.id(), line.version(), !line.active())
                        : redLines.setActive(line.id(), line.version(), !line.active()), text));
        toggle.setId("red-line-toggle-" + line.id());
        toggle.setEnabled(!pendingLines.contains(line.id()));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return toggle;
    }

    private void add() {
        save(() -> approval ? redLines.proposeAdd(communityId, RedLineForm.of(text.getValue()))
                : redLines.add(communityId, RedLineForm.of(text.getValue())), text);
        if (!text.isInvalid()) {
            text.clear();
        }
    }

    private void save(Supplier<?> change, TextField field) {
        try {
            field.setInvalid(false);
            Object done = change.get();
            Notifications.success(getTranslation(done instanceof RedLineProposalDetails
                    ? "screening.redLines.proposed" : "screening.redLines.saved"));
            refresh();
            onChanged.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.<String, HasValidation>of("text", field));
        }
    }

    private void refresh() {
        approval = redLines.approvalRequired(communityId);
        approvalNote.setVisible(approval);
        List<RedLineProposalDetails> proposals = redLines.proposals(communityId);
        pendingLines = proposals.stream().filter(RedLineProposalDetails::pending)
                .map(RedLineProposalDetails::redLineId).filter(Objects::nonNull).collect(Collectors.toSet());
        grid.setItems(redLines.list(communityId));
        proposalsHolder.removeAll();
        proposalsHolder.add(new RedLineProposalsList(redLines, proposals, true, zone, this::refresh));
    }
}
