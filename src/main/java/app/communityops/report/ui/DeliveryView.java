package app.communityops.report.ui;

import app.communityops.community.CommunityPage;
import app.communityops.report.DeliveryState;
import app.communityops.report.OperationsReport;
import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportMessage;
import app.communityops.report.ReportNavigation;
import app.communityops.report.SectionCommentary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One version of a community's delivered report. Staff write the commentary per section, preview, submit it for
 * review and (as the second person) send it, or prepare a correction of a sent one; the client reads it,
 * downloads its PDF, acknowledges it and asks questions; both sides read the thread. Sending and the preview are
 * made by a worker while the page shows progress.
 */
@Route(ReportNavigation.DELIVERY_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class DeliveryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DELIVERY_PARAMETER = "deliveryId";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeliveryView.class);
    private static final int POLL_MILLIS = 500;

    private final ReportDeliveryService deliveries;
    private final ImportWorkers workers;
    private final TenantZone zones;
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressText = new Span();
    private final Div result = new Div();
    private @Nullable ReportDelivery delivery;
    private CompletableFuture<?> pending = CompletableFuture.completedFuture(null);
    private ZoneId zone = ZoneId.of("UTC");

    DeliveryView(ReportDeliveryService deliveries, ImportWorkers workers, TenantZone zones) {
        this.deliveries = deliveries;
        this.workers = workers;
        this.zones = zones;
        setId("delivery-view");
        setMaxWidth("72rem");
        progress.setId("delivery-progress");
        progressText.setId("delivery-progress-text");
        result.setId("delivery-report");
        result.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID communityId = CommunityPage.id(event);
        UUID deliveryId = event.getRouteParameters().get(DELIVERY_PARAMETER).flatMap(Ids::parse)
                .orElseThrow(NotFoundException::new);
        zone = zones.current();
        delivery = deliveries.find(communityId, deliveryId);
        render();
    }

    @Override
    public String getPageTitle() {
        return delivery == null ? getTranslation("report.deliveries.title")
                : getTranslation("report.delivery.title", DeliveryLabels.period(this, delivery.period()),
                        delivery.communityName());
    }

    /** The version shown, for tests. */
    @Nullable ReportDelivery delivery() {
        return delivery;
    }

    /** Completes once the last send or preview has reached the page, for tests. */
    CompletableFuture<?> pending() {
        return pending;
    }

    private void render() {
        ReportDelivery shown = current();
        removeAll();
        result.removeAll();
        AppPrincipal user = CurrentUser.require();
        boolean client = user.hasRole(Roles.CLIENT);
        H2 title = new H2(getPageTitle());
        title.setId("delivery-title");
        Div badges = new Div(DeliveryLabels.version(this, shown), DeliveryLabels.state(this, shown),
                DeliveryLabels.currency(this, shown));
        badges.setId("delivery-badges");
        badges.addClassName("delivery-item-badges");
        add(title, badges);
        if (!shown.current()) {
            add(supersededBanner(shown));
        }
        if (shown.state().delivered()) {
            add(sentFacts(shown, client));
        }
        Div actions = new Div();
        actions.setId("delivery-actions");
        actions.addClassName("view-toolbar");
        add(actions);
        Div progressBox = new Div(progressText, progress);
        progressBox.setWidth("min(100%, 30em)");
        progress.setVisible(false);
        add(progressBox);
        if (!client && shown.state().editable()) {
            staffEditing(shown, actions);
        } else {
            delivered(shown, actions, client);
        }
        add(result);
        if (shown.state().delivered()) {
            add(thread(shown, client));
        }
    }

    private void staffEditing(ReportDelivery shown, Div actions) {
        Button preview = new Button(getTranslation("report.delivery.preview"), VaadinIcon.EYE.create(),
                click -> runWorker("report.delivery.previewing",
                        done -> deliveries.preview(shown.communityId(), shown.id(), done), this::showPreview));
        preview.setId("delivery-preview");
        actions.add(preview);
        if (shown.state() == DeliveryState.DRAFT) {
            Button submit = new Button(getTranslation("report.delivery.submit"), VaadinIcon.CHECK.create(),
                    click -> act(() -> deliveries.submit(shown.communityId(), shown.id(), shown.version()),
                            "report.delivery.submitted"));
            submit.setId("delivery-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        } else {
            Button back = new Button(getTranslation("report.delivery.returnToDraft"), VaadinIcon.ARROW_BACKWARD.create(),
                    click -> act(() -> deliveries.returnToDraft(shown.communityId(), shown.id(), shown.version()),
                            null));
            back.setId("delivery-return");
            actions.add(back);
            if (deliveries.maySend(shown.communityId(), shown.id())) {
                Button send = new Button(getTranslation("report.delivery.send"), VaadinIcon.PAPERPLANE.create(),
                        click -> confirmSend(shown));
                send.setId("delivery-send");
                send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(send);
            } else {
                Span hint = new Span(getTranslation("report.delivery.secondPersonHint"));
                hint.setId("delivery-second-person");
                hint.addClassName("report-hint");
                actions.add(hint);
            }
        }
        add(commentaryEditor(shown));
    }

    private void delivered(ReportDelivery shown, Div actions, boolean client) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = deliveries.sentPdf(shown.communityId(), shown.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "operations-report-"
                    + shown.period().code() + "-v" + shown.versionNo() + ".pdf", "application/pdf", bytes.length);
        }), getTranslation("report.delivery.pdf"));
        pdf.addComponentAsFirst(VaadinIcon.FILE_O.create());
        pdf.setId("delivery-pdf");
        pdf.setDownload(true);
        actions.add(pdf);
        if (client && shown.state() == DeliveryState.SENT && shown.current()) {
            Button acknowledge = new Button(getTranslation("report.delivery.acknowledge"), VaadinIcon.CHECK.create(),
                    click -> act(() -> deliveries.acknowledge(shown.communityId(), shown.id()),
                            "report.delivery.acknowledged"));
            acknowledge.setId("delivery-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(acknowledge);
        }
        if (!client && shown.current()) {
            Button correct = new Button(getTranslation("report.delivery.correct"), VaadinIcon.EDIT.create(),
                    click -> confirm("report.delivery.correctConfirmTitle", getTranslation("report.delivery.correctConfirm"),
                            "report.delivery.correct", () -> {
                                try {
                                    ReportDelivery correction = deliveries.correct(shown.communityId(), shown.id());
                                    UI.getCurrent().navigate(ReportNavigation.deliveryPath(correction.communityId(),
                                            correction.id()));
                                } catch (RuntimeException error) {
                                    failed(error);
                                }
                            }));
            correct.setId("delivery-correct");
            actions.add(correct);
        }
        OperationsReport report = deliveries.sentReport(shown.communityId(), shown.id());
        result.add(ReportBody.of(report));
    }

    private Div supersededBanner(ReportDelivery shown) {
        Div banner = new Div(new Span(getTranslation("report.delivery.supersededBanner")));
        banner.setId("delivery-superseded");
        banner.addClassName("report-superseded-banner");
        deliveries.list(shown.communityId()).stream()
                .filter(other -> other.period().equals(shown.period()) && other.current()
                        && other.state().delivered())
                .findFirst().ifPresent(current -> {
                    Anchor open = new Anchor(ReportNavigation.deliveryPath(current.communityId(), current.id()),
                            getTranslation("report.delivery.openCurrent"));
                    open.setId("delivery-open-current");
                    banner.add(open);
                });
        return banner;
    }

    private Div sentFacts(ReportDelivery shown, boolean client) {
        Div facts = new Div();
        facts.setId("delivery-facts");
        facts.addClassName("report-hint");
        if (!client) {
            facts.add(new Paragraph(shown.recipients() == 0 ? getTranslation("report.delivery.noRecipients")
                    : getTranslation("report.delivery.recipients", shown.recipients(), shown.mailed())));
        }
        if (shown.acknowledgedAt() != null) {
            facts.add(new Paragraph(getTranslation("report.delivery.acknowledgedOn",
                    DeliveryLabels.dateTime(this, shown.acknowledgedAt(), zone))));
        }
        return facts;
    }

    private Div commentaryEditor(ReportDelivery shown) {
        Div editor = new Div();
        editor.setId("delivery-commentary");
        editor.addClassName("delivery-commentary");
        editor.setWidthFull();
        editor.add(new H3(getTranslation("report.delivery.commentaryTitle")),
                new Paragraph(getTranslation("report.delivery.commentaryHint")));
        Map<String, SectionCommentary> saved = new HashMap<>();
        deliveries.commentary(shown.communityId(), shown.id()).forEach(c -> saved.put(c.sectionKey(), c));
        for (String key : ReportDeliveryService.SECTION_KEYS) {
            SectionCommentary current = saved.getOrDefault(key, new SectionCommentary(key, null, null, null));
            TextArea highlights = area(key, "highlights", current.highlights());
            TextArea problems = area(key, "problems", current.problems());
            TextArea plan = area(key, "plan", current.plan());
            Button save = new Button(getTranslation("report.delivery.saveSection"), click -> {
                List.of(highlights, problems, plan).forEach(area -> area.setInvalid(false));
                try {
                    deliveries.saveCommentary(shown.communityId(), shown.id(), new SectionCommentary(key,
                            highlights.getValue(), problems.getValue(), plan.getValue()));
                    Notifications.success(getTranslation("report.delivery.sectionSaved"));
                } catch (RuntimeException error) {
                    if (!FormErrors.show(error, Map.of("highlights", highlights, "problems", problems, "plan", plan))) {
                        throw error;
                    }
                }
            });
            save.setId("commentary-" + key + "-save");
            Details section = new Details(getTranslation("report.section." + key),
                    new Div(highlights, problems, plan, save));
            section.setId("commentary-" + key);
            section.setOpened(!current.isBlank());
            section.setWidthFull();
            editor.add(section);
        }
        return editor;
    }

    private TextArea area(String key, String part, @Nullable String value) {
        TextArea area = new TextArea(getTranslation("report.commentary." + part));
        area.setId("commentary-" + key + "-" + part);
        area.setValue(value == null ? "" : value);
        area.setMaxLength(SectionCommentary.MAX_LENGTH);
        area.setWidthFull();
        area.setMinRows(2);
        return area;
    }

    private Div thread(ReportDelivery shown, boolean client) {
        Div box = new Div();
        box.setId("delivery-thread");
        box.addClassName("delivery-thread");
        box.setWidthFull();
        box.add(new H3(getTranslation("report.delivery.threadTitle")));
        List<ReportMessage> messages = deliveries.thread(shown.communityId(), shown.id());
        if (messages.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("report.delivery.threadEmpty"));
            none.setId("delivery-thread-empty");
            none.addClassName("report-hint");
            box.add(none);
        }
        for (ReportMessage message : messages) {
            Div entry = new Div();
            entry.addClassName("delivery-message");
            entry.addClassName("delivery-message-" + message.kind().name().toLowerCase(Locale.ROOT));
            Span who = new Span(message.authorName() + " " + getTranslation("report.delivery.kind."
                    + message.kind().name()) + " · " + DeliveryLabels.dateTime(this, message.createdAt(), zone));
            who.addClassName("delivery-message-meta");
            entry.add(who);
            if (message.body() != null) {
                Paragraph body = new Paragraph(message.body());
                body.addClassName("delivery-message-body");
                entry.add(body);
            }
            box.add(entry);
        }
        TextArea text = new TextArea(getTranslation("report.delivery.message"));
        text.setId("delivery-message");
        text.setMaxLength(SectionCommentary.MAX_LENGTH);
        text.setWidthFull();
        Button post = new Button(getTranslation(client ? "report.delivery.ask" : "report.delivery.answer"),
                VaadinIcon.COMMENT_O.create(), click -> {
                    text.setInvalid(false);
                    try {
                        deliveries.post(shown.communityId(), shown.id(), text.getValue());
                        Notifications.success(getTranslation("report.delivery.posted"));
                        reload();
                    } catch (RuntimeException error) {
                        if (!FormErrors.show(error, Map.of("message", text))) {
                            throw error;
                        }
                    }
                });
        post.setId("delivery-post");
        box.add(text, post);
        return box;
    }

    private void confirmSend(ReportDelivery shown) {
        String text = shown.versionNo() > 1 ? getTranslation("report.delivery.resendConfirm")
                : getTranslation("report.delivery.sendConfirm", shown.communityName(),
                        DeliveryLabels.period(this, shown.period()));
        confirm("report.delivery.sendConfirmTitle", text, "report.delivery.send",
                () -> runWorker("report.delivery.sending",
                        done -> deliveries.send(shown.communityId(), shown.id(), shown.version(), done),
                        sent -> {
                            Notifications.success(getTranslation("report.delivery.sent"));
                            reload();
                        }));
    }

    private void confirm(String headerKey, String text, String confirmKey, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(getTranslation(headerKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(confirmKey));
        dialog.addConfirmListener(event -> onConfirm.run());
        dialog.open();
    }

    private <T> void runWorker(String progressKey, java.util.function.Function<IntConsumer, T> work,
                               java.util.function.Consumer<T> done) {
        UI ui = UI.getCurrent();
        showProgress(progressKey, 0);
        ui.setPollInterval(POLL_MILLIS);
        pending = workers.submit(() -> work.apply(percent -> ImportWorkers.access(ui,
                        () -> showProgress(progressKey, percent))))
                .whenComplete((made, failure) -> ImportWorkers.access(ui, () -> {
                    ui.setPollInterval(-1);
                    progress.setVisible(false);
                    progressText.setText("");
                    if (failure != null || made == null) {
                        failed(failure);
                    } else {
                        done.accept(made);
                    }
                }));
    }

    private void showProgress(String key, int percent) {
        progress.setVisible(true);
        progress.setValue(percent);
        progressText.setText(getTranslation(key, percent));
    }

    private void showPreview(OperationsReport report) {
        result.removeAll();
        result.add(ReportBody.of(report));
    }

    private void act(Supplier<ReportDelivery> action, @Nullable String doneKey) {
        try {
            delivery = action.get();
            if (doneKey != null) {
                Notifications.success(getTranslation(doneKey));
            }
            render();
        } catch (RuntimeException error) {
            failed(error);
        }
    }

    private void reload() {
        ReportDelivery shown = current();
        delivery = deliveries.find(shown.communityId(), shown.id());
        render();
    }

    private void failed(@Nullable Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RuntimeException error && FormErrors.show(error, Map.of())) {
            return;
        }
        log.warn("A delivered report's action failed", cause);
        Notifications.error(getTranslation("report.delivery.failed"));
    }

    private ReportDelivery current() {
        if (delivery == null) {
            throw new NotFoundException();
        }
        return delivery;
    }
}
