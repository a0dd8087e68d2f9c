package app.communityops.automation.ui;

import app.communityops.automation.AutomationNavigation;
import app.communityops.automation.Playbook;
import app.communityops.automation.PlaybookPlacement;
import app.communityops.automation.PlaybookService;
import app.communityops.automation.PlaybookStatus;
import app.communityops.automation.RuleDefinition;
import app.communityops.automation.RuleScope;
import app.communityops.automation.RuleService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The built-in SOP playbooks: what each does, rule by rule, where it is on, switching it on for a community (or for
 * every community, tenant admins) and off again with a confirmation. Switched-on rules are edited like any rule.
 */
@Route(AutomationNavigation.PLAYBOOKS_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
@Menu(title = "automation.playbooks.menu", order = 20, icon = "BOOK")
@NavGroup(NavArea.AUTOMATION)
public class PlaybooksView extends VerticalLayout implements HasDynamicTitle {

    private final PlaybookService playbooks;
    private final RuleService rules;
    private final boolean admin = CurrentUser.require().hasRole(Roles.TENANT_ADMIN);
    private final Div cards = new Div();

    PlaybooksView(PlaybookService playbooks, RuleService rules) {
        this.playbooks = playbooks;
        this.rules = rules;
        setId("playbooks-view");
        setWidthFull();
        getStyle().set("max-width", "1100px");
        Paragraph intro = new Paragraph(getTranslation("automation.playbooks.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        cards.getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 30rem), 1fr))").set("width", "100%");
        add(intro, cards);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("automation.playbooks.title");
    }

    private void refresh() {
        cards.removeAll();
        List<RulesView.Filter> scopes = scopes();
        for (PlaybookStatus status : playbooks.overview()) {
            cards.add(card(status, scopes));
        }
    }

    /** Where the user may switch a playbook on: their communities, and every community for tenant admins. */
    private List<RulesView.Filter> scopes() {
        List<RulesView.Filter> scopes = new ArrayList<>();
        if (admin) {
            scopes.add(new RulesView.Filter(RuleScope.TENANT_WIDE,
                    getTranslation("automation.scope.tenantWide")));
        }
        rules.communitiesForRules().forEach(community -> scopes.add(new RulesView.Filter(
                RuleScope.community(community.id()), community.name())));
        return scopes;
    }

    private Component card(PlaybookStatus status, List<RulesView.Filter> scopes) {
        Playbook playbook = status.playbook();
        String key = playbook.key();
        H3 title = new H3(getTranslation(playbook.nameKey()));
        title.getStyle().set("margin", "0");
        HorizontalLayout heading = new HorizontalLayout(title);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        if (status.placements().stream().anyMatch(PlaybookPlacement::on)) {
            heading.add(AutomationLabels.badge(getTranslation("automation.playbooks.on"), "success"));
        }
        Paragraph description = new Paragraph(getTranslation(playbook.descriptionKey()));
        description.getStyle().set("margin", "0");

        UnorderedList steps = new UnorderedList();
        steps.setId("playbook-steps-" + key);
        for (Playbook.Step step : playbook.steps()) {
            RuleDefinition definition = step.definition(this::getTranslation);
            Span name = new Span(getTranslation(step.nameKey()));
            name.getStyle().set("font-weight", "600");
            Span words = new Span(": " + AutomationLabels.whenText(this, definition.trigger(),
                    AutomationLabels.Names.NONE) + (definition.conditions().isEmpty() ? "" : ", "
                    + AutomationLabels.ifText(this, definition, AutomationLabels.Names.NONE)) + " → "
                    + AutomationLabels.thenText(this, definition));
            steps.add(new ListItem(name, words));
        }
        steps.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");

        VerticalLayout card = new VerticalLayout(heading, description, steps, placements(playbook, status),
                switchOn(playbook, scopes));
        card.setId("playbook-" + key);
        card.setSpacing(false);
        card.getStyle().set("gap", "var(--lumo-space-s)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("box-sizing", "border-box");
        return card;
    }

    private Component placements(Playbook playbook, PlaybookStatus status) {
        Div where = new Div();
        where.setId("playbook-placements-" + playbook.key());
        if (status.placements().isEmpty()) {
            Span none = new Span(getTranslation("automation.playbooks.nowhere"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            where.add(none);
            return where;
        }
        for (PlaybookPlacement placement : status.placements()) {
            String place = placement.communityId() == null ? getTranslation("automation.scope.tenantWide")
                    : Objects.requireNonNullElse(placement.communityName(), "");
            Span text = new Span(getTranslation(placement.on() ? "automation.playbooks.onIn"
                    : "automation.playbooks.offIn", place, placement.enabled(), placement.rules()));
            String suffix = playbook.key() + "-" + (placement.communityId() == null ? "all" : placement.communityId());
            Button rulesLink = new Button(getTranslation("automation.playbooks.seeRules"),
                    event -> getUI().ifPresent(ui -> ui.navigate(AutomationNavigation.RULES_ROUTE,
                            placement.communityId() == null ? QueryParameters.empty()
                                    : AutomationNavigation.rulesOf(placement.communityId()))));
            rulesLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            rulesLink.setId("playbook-rules-" + suffix);
            HorizontalLayout row = new HorizontalLayout(text, rulesLink);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (placement.on()) {
                Button off = new Button(getTranslation("automation.playbooks.switchOff"),
                        event -> Confirm.danger(getTranslation("automation.confirm.playbookOff.title",
                                        getTranslation(playbook.nameKey()), place),
                                getTranslation("automation.confirm.playbookOff.text"),
                                getTranslation("automation.playbooks.switchOff"),
                                () -> switchOff(playbook, placement.communityId(), place)));
                off.setId("playbook-off-" + suffix);
                off.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                row.add(off);
            }
            where.add(row);
        }
        return where;
    }

    private Component switchOn(Playbook playbook, List<RulesView.Filter> scopes) {
        ComboBox<RulesView.Filter> scope = new ComboBox<>();
        scope.setId("playbook-scope-" + playbook.key());
        scope.setPlaceholder(getTranslation("automation.playbooks.choose"));
        scope.setAriaLabel(getTranslation("automation.playbooks.choose"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(RulesView.Filter::label);
        scope.setWidth("18rem");
        Button on = new Button(getTranslation("automation.playbooks.switchOn"), VaadinIcon.PLAY.create());
        on.setId("playbook-on-" + playbook.key());
        on.addThemeVariants(ButtonVariant.PRIMARY);
        on.setEnabled(false);
        scope.addValueChangeListener(event -> on.setEnabled(event.getValue() != null));
        on.addClickListener(event -> {
            RulesView.Filter chosen = scope.getValue();
            if (chosen != null) {
                switchOn(playbook, chosen.scope().communityId(), chosen.label());
            }
        });
        HorizontalLayout row = new HorizontalLayout(scope, on);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void switchOn(Playbook playbook, @Nullable UUID communityId, String place) {
        try {
            PlaybookPlacement placed = playbooks.switchOn(playbook, communityId, getLocale());
            Notifications.success(getTranslation("automation.playbooks.switchedOn", getTranslation(playbook.nameKey()),
                    place, placed.enabled(), placed.rules()));
            refresh();
        } catch (UserFacingException refused) {
            FormErrors.show(refused, Map.of());
        }
    }

    private void switchOff(Playbook playbook, @Nullable UUID communityId, String place) {
        try {
            int switched = playbooks.switchOff(playbook, communityId);
            Notifications.success(getTranslation("automation.playbooks.switchedOff", getTranslation(playbook.nameKey()),
                    place, switched));
            refresh();
        } catch (UserFacingException refused) {
            FormErrors.show(refused, Map.of());
        }
    }
}
