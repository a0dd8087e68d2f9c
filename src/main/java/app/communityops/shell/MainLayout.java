package app.communityops.shell;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.notification.NotificationBell;
import app.communityops.notification.NotificationNavigation;
import app.communityops.notification.NotificationService;
import app.communityops.security.SecurityNavigation;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavBadge;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in screen. The side navigation is built from the {@code @Menu} views the user
 * may open, grouped by {@link NavGroup}, so a screen appears in it as soon as it exists and never before.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final ComboBox<CommunitySummary> switcher = new ComboBox<>();
    private final Map<NavBadge, Span> badges = new HashMap<>();
    private @Nullable Registration badgeRefresh;

    MainLayout(AuthenticationContext authenticationContext, TenantDirectory tenants, CommunityService communities,
               NotificationService notifications, List<NavBadge> navBadges) {
        AppPrincipal user = CurrentUser.require();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle);
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.setWidthFull();
        if (!user.hasRole(Roles.PLATFORM_ADMIN)) {
            configureSwitcher(communities.visible());
            navbar.add(switcher, new NotificationBell(notifications));
        }
        navbar.addClassName("navbar");
        addToNavbar(navbar);

        String tenantName = user.tenant().flatMap(tenants::find).map(TenantSummary::name)
                .orElse(getTranslation("platform.name"));
        addToDrawer(header(tenantName), new Scroller(sideNav(navBadges)), userMenu(user, authenticationContext));
    }

    private Component header(String tenantName) {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        Span tenant = new Span(tenantName);
        tenant.setId("tenant-name");
        tenant.addClassName("tenant-name");
        Div header = new Div(brand, tenant);
        header.addClassName("drawer-header");
        return header;
    }

    private Component sideNav(List<NavBadge> navBadges) {
        Map<NavArea, SideNav> groups = new EnumMap<>(NavArea.class);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            NavGroup group = entry.menuClass() == null ? null : entry.menuClass().getAnnotation(NavGroup.class);
            NavArea area = group == null ? NavArea.WORKSPACE : group.value();
            SideNav nav = groups.computeIfAbsent(area, this::newGroup);
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            String route = entry.path().replaceFirst("^/", "");
            navBadges.stream().filter(badge -> badge.route().equals(route)).findFirst().ifPresent(badge -> {
                Span count = new Span();
                count.setId("nav-badge-" + route.replace('/', '-'));
                count.getElement().getThemeList().addAll(List.of("badge", "error", "pill", "small"));
                badges.put(badge, count);
                item.setSuffixComponent(count);
            });
            nav.addItem(item);
        }
        Div navigation = new Div();
        navigation.addClassName("side-navigation");
        groups.values().forEach(navigation::add);
        return navigation;
    }

    private SideNav newGroup(NavArea area) {
        SideNav nav = new SideNav(getTranslation(area.titleKey()));
        nav.setId("nav-" + area.name().toLowerCase(Locale.ROOT));
        nav.setCollapsible(true);
        return nav;
    }

    private void configureSwitcher(List<CommunitySummary> visible) {
        switcher.setId("community-switcher");
        switcher.setPlaceholder(getTranslation("nav.switchCommunity"));
        switcher.setAriaLabel(getTranslation("nav.switchCommunity"));
        switcher.setItems(visible);
        switcher.setItemLabelGenerator(CommunitySummary::name);
        switcher.addClassName("community-switcher");
        // Only worth showing once there is something to switch between.
        switcher.setVisible(visible.size() > 1);
        switcher.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                CommunityNavigation.toOverview(event.getValue().id());
            }
        });
    }

    private Component userMenu(AppPrincipal user, AuthenticationContext authenticationContext) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(new HorizontalLayout(avatar, new Span(user.displayName())));
        root.getSubMenu().addItem(getTranslation("account.myAccount"),
                event -> getUI().ifPresent(ui -> ui.navigate(SecurityNavigation.ACCOUNT_ROUTE)));
        if (user.tenant().isPresent()) {
            root.getSubMenu().addItem(getTranslation("mail.settings.title"),
                    event -> getUI().ifPresent(ui -> ui.navigate(NotificationNavigation.SETTINGS_ROUTE)))
                    .setId("user-menu-email-settings");
        }
        root.getSubMenu().addItem(getTranslation("account.signOut"), event -> authenticationContext.logout())
                .setId("sign-out");
        Div footer = new Div(menu);
        footer.addClassName("drawer-footer");
        return footer;
    }

    private void refreshBadges() {
        badges.forEach((badge, span) -> {
            int count = badge.count();
            span.setText(String.valueOf(count));
            span.setVisible(count > 0);
            span.getElement().setAttribute("aria-label", getTranslation("nav.badge.due", count));
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refreshBadges();
        badgeRefresh = ComponentUtil.addListener(event.getUI(), NavBadge.Changed.class, changed -> refreshBadges());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (badgeRefresh != null) {
            badgeRefresh.remove();
            badgeRefresh = null;
        }
        super.onDetach(event);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = "";
        if (content instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
        } else if (content != null && content.getClass().isAnnotationPresent(PageTitle.class)) {
            title = getTranslation(content.getClass().getAnnotation(PageTitle.class).value());
        }
        viewTitle.setText(title);
        if (switcher.isVisible()) {
            UUID current = CommunityPage.idIn(event.getRouteParameters()).orElse(null);
            switcher.getListDataView().getItems().filter(c -> c.id().equals(current)).findFirst()
                    .ifPresentOrElse(switcher::setValue, switcher::clear);
        }
    }
}
