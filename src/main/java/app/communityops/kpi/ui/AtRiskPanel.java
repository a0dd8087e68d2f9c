package app.communityops.kpi.ui;

import app.communityops.members.AtRiskMember;
import app.communityops.members.AtRiskPage;
import app.communityops.members.HealthLabels;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberFields;
import app.communityops.members.MemberHealthService;
import app.communityops.members.MembersNavigation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A community's members at risk or slipping, the lowest score first: who (as the member field policy lets the user
 * read them), their segment, score and how long they have been in it, the reasons behind the score, the suggested
 * next step, and for staff a link that opens the member in the members grid. Pages of {@link #PAGE} with "show
 * more", and a link to the whole list in the members grid.
 */
class AtRiskPanel extends Div {

    static final int PAGE = 5;

    private final MemberHealthService health;
    private final UUID communityId;
    private final boolean staff;
    private final ZoneId zone;
    private final Clock clock;
    private final Span count = new Span();
    private final Paragraph asOf = new Paragraph();
    private final UnorderedList list = new UnorderedList();
    private final Div empty = new Div();
    private final Button more = new Button();
    private final Anchor all = new Anchor();
    private int loaded;
    private long total;

    AtRiskPanel(MemberHealthService health, UUID communityId, boolean staff, ZoneId zone, Clock clock) {
        this.health = health;
        this.communityId = communityId;
        this.staff = staff;
        this.zone = zone;
        this.clock = clock;
        setId("dashboard-at-risk");
        addClassName("dashboard-panel");
        count.setId("dashboard-at-risk-count");
        count.addClassName("dashboard-hint");
        asOf.setId("dashboard-at-risk-as-of");
        asOf.addClassName("dashboard-hint");
        Paragraph hint = new Paragraph(getTranslation("health.atRisk.hint"));
        hint.addClassName("dashboard-hint");
        list.setId("dashboard-at-risk-list");
        list.addClassName("health-at-risk-list");
        empty.setId("dashboard-at-risk-empty");
        empty.addClassName("empty-state");
        more.setText(getTranslation("health.atRisk.showMore"));
        more.setId("dashboard-at-risk-more");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(event -> load());
        all.setId("dashboard-at-risk-all");
        all.setText(getTranslation("health.atRisk.allInGrid"));
        all.setHref(MembersNavigation.segmentsPath(communityId, List.of(HealthSegment.AT_RISK, HealthSegment.SLIPPING)));
        Div footer = new Div(more, all);
        footer.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                .set("flex-wrap", "wrap");
        add(new H3(getTranslation("health.atRisk.title")), hint, count, asOf, empty, list, footer);
    }

    /** The first page; {@code hasMembers} and {@code asOfText} come from the same read as the flow chart. */
    void show(boolean hasMembers, String asOfText) {
        list.removeAll();
        loaded = 0;
        asOf.setText(asOfText);
        asOf.setVisible(!asOfText.isEmpty());
        AtRiskPage page = health.atRisk(communityId, 0, PAGE);
        total = page.total();
        boolean scored = page.asOf() != null;
        count.setText(total == 1 ? getTranslation("health.atRisk.countOne")
                : getTranslation("health.atRisk.count", total));
        count.setVisible(scored);
        empty.setVisible(total == 0);
        if (total == 0) {
            Markup.emptyState(empty, scored ? "check-circle" : "users", getTranslation(!hasMembers
                    ? "health.noMembers" : scored ? "health.atRisk.empty" : "health.noScores"));
        }
        append(page.members());
    }

    private void load() {
        append(health.atRisk(communityId, loaded, PAGE * 2).members());
    }

    private void append(List<AtRiskMember> members) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (AtRiskMember member : members) {
            list.add(item(member, today));
        }
        loaded += members.size();
        more.setVisible(loaded < total && !members.isEmpty());
        all.setVisible(total > 0);
    }

    private ListItem item(AtRiskMember member, LocalDate today) {
        Span name = new Span(MemberFields.label(member.name(), member.handle()));
        name.getStyle().set("font-weight", "600");
        Span score = new Span(String.valueOf(member.score()));
        score.addClassName("health-score");
        long days = Math.max(0, ChronoUnit.DAYS.between(member.segmentSince(), today));
        Span since = new Span(getTranslation("health.atRisk.days", days));
        since.addClassName("health-none");
        Div who = new Div(name, since);
        who.getStyle().set("display", "flex").set("flex-direction", "column");
        Div where = new Div(score, HealthLabels.badge(this, member.segment()));
        where.addClassName("health-cell");
        String reasonsText = HealthLabels.factors(this, member.factors());
        Span reasons = new Span(reasonsText.isEmpty() ? getTranslation("health.panel.noFactors") : reasonsText);
        reasons.addClassName("health-at-risk-reasons");
        Div step = new Div(new Span(getTranslation("health.atRisk.nextStep") + ": "
                + HealthLabels.nextStep(this, member.factors())));
        step.addClassName("health-at-risk-step");
        step.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline")
                .set("flex-wrap", "wrap");
        if (staff) {
            // Opens the member's side panel in the members grid, where the operator acts (message, tag, edit).
            Anchor open = new Anchor(MembersNavigation.memberPath(communityId, member.membershipId()),
                    getTranslation("health.atRisk.open"));
            open.setId("dashboard-at-risk-open-" + member.membershipId());
            open.getElement().setAttribute("aria-label", getTranslation("health.atRisk.openLabel", member.name()));
            step.add(open);
        }
        ListItem item = new ListItem(who, where, reasons, step);
        item.addClassName("health-at-risk-item");
        item.setId("dashboard-at-risk-" + member.membershipId());
        return item;
    }
}
