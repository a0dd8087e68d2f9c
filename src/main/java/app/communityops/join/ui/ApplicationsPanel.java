package app.communityops.join.ui;

import app.communityops.join.JoinApplicationService;
import app.communityops.join.JoinApplicationSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/**
 * The applications that came through the join page, newest first, with the link each came through. An entry fee
 * paid by transfer is confirmed here, once the operator has found it on the account: screening then evaluates the
 * application again (and the review queue shows what else it waits for).
 */
class ApplicationsPanel extends VerticalLayout {

    private final JoinApplicationService applications;
    private final UUID communityId;
    private final Grid<JoinApplicationSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    ApplicationsPanel(JoinApplicationService applications, UUID communityId, ZoneId zone) {
        this.applications = applications;
        this.communityId = communityId;
        setId("join-applications");
        setPadding(false);
        empty.setId("join-applications-empty");
        empty.setText(getTranslation("join.applications.empty"));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        grid.setId("join-applications-grid");
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(JoinApplicationSummary::memberName).setHeader(getTranslation("join.applications.name"))
                .setAutoWidth(true);
        // The link's label may be long (channel and campaign): it gives way, so the payment and its button fit.
        grid.addColumn(row -> row.linkLabel() == null ? "" : row.linkLabel())
                .setHeader(getTranslation("join.applications.link")).setWidth("14em").setFlexGrow(1)
                .setTooltipGenerator(row -> row.linkLabel() == null ? "" : row.linkLabel());
        grid.addColumn(row -> format.format(row.filedAt())).setHeader(getTranslation("join.applications.filed"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::outcome).setHeader(getTranslation("join.applications.outcome"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::payment).setHeader(getTranslation("join.applications.payment"))
                .setAutoWidth(true).setFlexGrow(0);
        add(empty, grid);
        refresh();
    }

    private Component outcome(JoinApplicationSummary row) {
        Span state = new Span(getTranslation("join.applications.outcome." + (row.joined() ? "JOINED" : row.outcome())));
        state.getElement().getThemeList().add("badge" + ("APPROVED".equals(row.outcome()) ? " success" : ""));
        return state;
    }

    private Component payment(JoinApplicationSummary row) {
        if (row.confirmedPayment() != null) {
            return new Span(getTranslation("join.applications.paid", row.confirmedPayment()));
        }
        if (!row.paymentToConfirm()) {
            return new Span(row.paymentClaim() == null ? "" : row.paymentClaim());
        }
        Button confirm = new Button(getTranslation("join.applications.confirm"), click -> confirm(row));
        confirm.setId("join-confirm-" + row.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div cell = new Div(new Span(row.paymentClaim()), confirm);
        cell.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        return cell;
    }

    private void confirm(JoinApplicationSummary row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("join-confirm-dialog");
        dialog.setHeader(getTranslation("join.applications.confirmTitle", row.memberName()));
        dialog.setText(getTranslation("join.applications.confirmText", row.paymentClaim()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("join.applications.confirm"));
        dialog.addConfirmListener(event -> {
            try {
                JoinApplicationSummary after = applications.confirmPayment(row.id());
                Notifications.success(getTranslation("APPROVED".equals(after.outcome())
                        ? "join.applications.confirmedApproved" : "join.applications.confirmedWaiting"));
            } catch (UserFacingException refused) {
                Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        List<JoinApplicationSummary> shown = applications.applications(communityId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }
}
