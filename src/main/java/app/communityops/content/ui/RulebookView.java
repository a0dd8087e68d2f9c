package app.communityops.content.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.content.ContentNavigation;
import app.communityops.content.ContentService;
import app.communityops.content.RulebookItemDetails;
import app.communityops.content.RulebookKind;
import app.communityops.content.RulebookService;
import app.communityops.screening.RedLineService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A community's rulebook (制度内容): values, rules, rewards and the elimination red lines. Staff change it, every
 * change kept in the item's history; client users read it.
 */
@Route(ContentNavigation.RULEBOOK_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR, Roles.CLIENT})
class RulebookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final RulebookService rulebook;
    private final RedLineService redLines;
    private final ContentService content;
    private final TenantZone zones;
    private @Nullable CommunitySummary community;
    private boolean approval;

    RulebookView(CommunityService communities, RulebookService rulebook, RedLineService redLines,
                 ContentService content, TenantZone zones) {
        this.communities = communities;
        this.rulebook = rulebook;
        this.redLines = redLines;
        this.content = content;
        this.zones = zones;
        setId("rulebook-view");
        addClassName("rulebook-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        community = CommunityPage.readable(event, communities);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return community == null ? getTranslation("rulebook.title")
                : getTranslation("rulebook.titleOf", community.name());
    }

    private void refresh() {
        CommunitySummary shown = Objects.requireNonNull(community);
        boolean editable = !CurrentUser.require().hasRole(Roles.CLIENT);
        ZoneId zone = zones.current();
        List<RulebookItemDetails> items = rulebook.items(shown.id());
        approval = rulebook.approvalRequired(shown.id());
        removeAll();
        Anchor toContent = new Anchor(ContentNavigation.listPath(shown.id()), getTranslation("content.title"));
        toContent.setId("rulebook-content-link");
        add(toContent);
        if (approval && editable) {
            Span note = new Span(getTranslation("rulebook.approval.note"));
            note.setId("rulebook-approval-note");
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(note);
        }
        add(new ProposalsPanel(rulebook, rulebook.proposals(shown.id()), editable, zone, this::refresh));
        RulebookItemDetails logo = items.stream().filter(item -> item.kind() == RulebookKind.LOGO).findFirst()
                .orElse(null);
        add(section("values", new LogoPanel(rulebook, shown.id(), logo, editable, this::refresh),
                part(RulebookKind.SLOGAN, items, editable, zone), part(RulebookKind.SONG, items, editable, zone),
                part(RulebookKind.MEME, items, editable, zone)));
        add(section("rules", part(RulebookKind.ENCOURAGED, items, editable, zone),
                part(RulebookKind.FORBIDDEN, items, editable, zone)));
        add(section("rewards", part(RulebookKind.REWARD_MATERIAL, items, editable, zone),
                part(RulebookKind.REWARD_HONORARY, items, editable, zone)));
        add(section("elimination", new RedLinePanel(redLines, shown.id(), editable, zone, this::refresh)));
    }

    private RulebookKindPanel part(RulebookKind kind, List<RulebookItemDetails> items, boolean editable,
                                   ZoneId zone) {
        return new RulebookKindPanel(rulebook, Objects.requireNonNull(community).id(), kind,
                items.stream().filter(item -> item.kind() == kind).toList(), editable, approval, zone, this::refresh);
    }

    private Div section(String key, com.vaadin.flow.component.Component... parts) {
        Div section = new Div(new H3(getTranslation("rulebook.section." + key)));
        section.add(parts);
        section.setId("rulebook-section-" + key);
        section.addClassName("rulebook-section");
        section.setWidthFull();
        return section;
    }
}
