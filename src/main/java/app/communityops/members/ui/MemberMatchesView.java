package app.communityops.members.ui;

import app.communityops.members.MemberMatchService;
import app.communityops.members.MemberMatchSummary;
import app.communityops.members.MembersNavigation;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The tenant admin's review of possible duplicates: records an operator, an import or a community-restricted API
 * key created for someone they could not see who shares a handle, external id, phone or email with a person of
 * another community. Merge (after a confirmation) keeps the existing person; dismiss keeps both apart.
 */
@Route(MembersNavigation.MATCHES_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "memberMatch.menu", order = 25, icon = "CONNECT")
@NavGroup(NavArea.CUSTOM)
public class MemberMatchesView extends VerticalLayout implements HasDynamicTitle {

    private final MemberMatchService matches;
    private final Grid<MemberMatchSummary> grid = new Grid<>();

    MemberMatchesView(MemberMatchService matches) {
        this.matches = matches;
        setId("member-matches");
        setSizeFull();
        add(new Paragraph(getTranslation("memberMatch.intro")));
        grid.setId("member-matches-grid");
        grid.addComponentColumn(match -> person(match.added(), getTranslation("memberMatch.addedTo", match.addedTo(),
                        getTranslation("memberMatch.source." + match.source().name()), time(match))))
                .setHeader(getTranslation("memberMatch.added")).setFlexGrow(1);
        grid.addComponentColumn(match -> person(match.existing(),
                        String.join(", ", match.existing().communities())))
                .setHeader(getTranslation("memberMatch.existing")).setFlexGrow(1);
        grid.addColumn(match -> getTranslation("memberMatch.on." + match.matchedOn().name()))
                .setHeader(getTranslation("memberMatch.matchedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("memberMatch.empty"));
        grid.setWidthFull();
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memberMatch.title");
    }

    private Component person(MemberMatchSummary.Person person, String where) {
        Span name = new Span(person.name() + " · " + person.handle());
        name.getStyle().set("font-weight", "600");
        Div contact = new Div(String.join(" · ", java.util.stream.Stream.of(person.phone(), person.email(),
                person.externalId()).filter(value -> value != null && !value.isBlank()).toList()));
        Div context = new Div(where);
        for (Div line : new Div[] {contact, context}) {
            line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                    .set("white-space", "normal");
        }
        return new Div(name, contact, context);
    }

    private Component actions(MemberMatchSummary match) {
        Button merge = new Button(getTranslation("memberMatch.merge"), event -> Confirm.danger(
                getTranslation("memberMatch.mergeTitle", match.added().name(), match.existing().name()),
                getTranslation("memberMatch.mergeText", match.added().handle(), match.existing().name()),
                getTranslation("memberMatch.merge"), () -> run(() -> matches.merge(match.id(), match.version()),
                        "memberMatch.merged", match.existing().name())));
        merge.setId("merge-" + match.id());
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button dismiss = new Button(getTranslation("memberMatch.dismiss"),
                event -> run(() -> matches.dismiss(match.id(), match.version()), "memberMatch.dismissed",
                        match.added().name()));
        dismiss.setId("dismiss-" + match.id());
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new Div(merge, dismiss);
    }

    private void run(Runnable action, String doneKey, String name) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey, name));
        } catch (ConcurrentEditException | NotFoundException gone) {
            Notifications.error(getTranslation("memberMatch.error.gone"));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        refresh();
    }

    /** The day the record was created (UTC; a suggestion waits days, not minutes). */
    private String time(MemberMatchSummary match) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneOffset.UTC)
                .format(match.createdAt());
    }

    private void refresh() {
        grid.setItems(matches.open());
    }
}
