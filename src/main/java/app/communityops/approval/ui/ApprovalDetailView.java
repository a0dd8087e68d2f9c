package app.communityops.approval.ui;

import app.communityops.approval.ApprovalDetails;
import app.communityops.approval.ApprovalEvent;
import app.communityops.approval.ApprovalNavigation;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSummary;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One request: the item as it will appear, where the steps stand, its history with comments, and for the group of
 * the open step the decision (approve, or ask for changes with a comment).
 */
@Route(ApprovalNavigation.DETAIL_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class ApprovalDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApprovalService approvals;
    private final ZoneId zone;
    private @Nullable ApprovalDetails details;

    ApprovalDetailView(ApprovalService approvals, TenantZone zones) {
        this.approvals = approvals;
        this.zone = zones.current();
        setId("approval-detail");
        setWidthFull();
        getStyle().set("max-width", "960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get("requestId").flatMap(Ids::parse).orElseThrow(NotFoundException::new);
        details = approvals.find(id);
        render();
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("approval.title") : details.summary().title();
    }

    private void reload() {
        try {
            details = approvals.find(Objects.requireNonNull(details).summary().id());
            render();
        } catch (NotFoundException gone) {
            removeAll();
            Span message = new Span(getTranslation("approval.error.noLongerVisible"));
            message.setId("approval-gone");
            add(back(), message);
        }
    }

    private void render() {
        ApprovalDetails shown = Objects.requireNonNull(details);
        ApprovalSummary request = shown.summary();
        removeAll();
        H2 title = new H2(request.title());
        title.setId("approval-title");
        title.getStyle().set("overflow-wrap", "anywhere").set("margin-bottom", "0");
        Span badge = ApprovalLabels.badge(this, request.status());
        badge.setId("approval-status");
        Span meta = new Span(getTranslation("approval.type." + request.type().name()) + " · " + shown.communityName()
                + " · " + getTranslation("approval.submittedBy", request.submittedByName(),
                ApprovalLabels.time(this, request.submittedAt(), zone)));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(back(), title, new Div(badge), meta, ApprovalLabels.track(this, request));
        if (shown.canDecide()) {
            add(decision(request));
        }
        add(preview(shown), history(shown));
    }

    private Anchor back() {
        Anchor back = new Anchor(ApprovalNavigation.LIST_ROUTE, getTranslation("approval.back"));
        back.setId("approval-back");
        return back;
    }

    private Component preview(ApprovalDetails shown) {
        Div frame = new Div(new Html(shown.previewHtml()));
        frame.setId("approval-preview");
        frame.addClassName("content-body");
        frame.getStyle().set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("overflow-wrap", "anywhere")
                .set("max-width", "100%").set("box-sizing", "border-box");
        Div section = new Div(new H3(getTranslation("approval.preview." + shown.summary().type().name())), frame);
        section.setWidthFull();
        return section;
    }

    private Component decision(ApprovalSummary request) {
        TextArea comment = new TextArea(getTranslation("approval.comment"));
        comment.setId("approval-comment");
        comment.setHelperText(getTranslation("approval.comment.helper"));
        comment.setMaxLength(ApprovalService.MAX_COMMENT);
        comment.setWidthFull();
        Button approve = new Button(getTranslation("approval.approve"), VaadinIcon.CHECK.create());
        approve.setId("approval-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(event -> decide(request, true, comment));
        Button changes = new Button(getTranslation("approval.requestChanges"), VaadinIcon.EDIT.create());
        changes.setId("approval-request-changes");
        changes.addThemeVariants(ButtonVariant.LUMO_ERROR);
        changes.addClickListener(event -> decide(request, false, comment));
        Div buttons = new Div(approve, changes);
        buttons.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Div panel = new Div(new H3(getTranslation("approval.yourDecision")), comment, buttons);
        panel.setId("approval-decision");
        panel.setWidthFull();
        panel.getStyle().set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return panel;
    }

    private void decide(ApprovalSummary request, boolean approve, TextArea comment) {
        try {
            approvals.decide(request.id(), request.version(), approve, comment.getValue());
            Notifications.success(getTranslation(approve ? "approval.approved" : "approval.changesRequested"));
            reload();
        } catch (NotFoundException lostAccess) {
            Notifications.error(getTranslation("approval.error.noLongerVisible"));
            reload();
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of("comment", comment));
            if (!"comment".equals(refusal.field())) {
                reload();
            }
        }
    }

    private Component history(ApprovalDetails shown) {
        Div list = new Div();
        list.setId("approval-history");
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (ApprovalEvent event : shown.events()) {
            list.add(entry(event));
        }
        Div section = new Div(new H3(getTranslation("approval.history")), list);
        section.setWidthFull();
        return section;
    }

    private Component entry(ApprovalEvent event) {
        String what = getTranslation("approval.action." + event.action().name());
        if (event.step() != null && event.approver() != null) {
            what += " · " + getTranslation("approval.stepOf", event.step() + 1,
                    ApprovalLabels.step(this, event.approver()));
        }
        Span head = new Span(what);
        head.getStyle().set("font-weight", "600");
        Span by = new Span(event.actorName() + " · " + ApprovalLabels.time(this, event.occurredAt(), zone));
        by.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div entry = new Div(head, by);
        entry.addClassName("approval-event");
        entry.getStyle().set("display", "flex").set("flex-direction", "column")
                .set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)");
        if (event.comment() != null) {
            Span said = new Span("“" + event.comment() + "”");
            said.addClassName("approval-event-comment");
            said.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            entry.add(said);
        }
        return entry;
    }
}
