package app.communityops.members.ui;

import app.communityops.members.HealthLabels;
import app.communityops.members.MemberFields;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberSortField;
import app.communityops.members.MembershipStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The members grid's columns and the menu that shows or hides them. The choice is remembered for the rest of the
 * user's session.
 */
final class MemberColumns {

    static final String SESSION_KEY = "members.hiddenColumns";
    private static final List<String> HIDDEN_BY_DEFAULT = List.of("mechanisms", "applied", "tier");

    private MemberColumns() {
    }

    /** The handle column only for users who may read handles ({@link MemberFields}): others get no such column. */
    static void addTo(Grid<MemberRow> grid, MemberLookups lookups, MemberFields fields, Supplier<ZoneId> zone,
                      Locale locale) {
        grid.addColumn(MemberRow::name).setKey("name").setHeader(grid.getTranslation("member.field.name"))
                .setSortable(true).setSortProperty(MemberSortField.NAME.parameter()).setFlexGrow(2)
                .setAutoWidth(true);
        if (fields.contact()) {
            grid.addColumn(MemberRow::handle).setKey("handle").setHeader(grid.getTranslation("member.field.handle"))
                    .setSortable(true).setSortProperty(MemberSortField.HANDLE.parameter()).setAutoWidth(true);
        }
        grid.addComponentColumn(row -> MemberLabels.statusBadge(grid, row.status())).setKey("status")
                .setHeader(grid.getTranslation("membership.field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> health(grid, row)).setKey("health")
                .setHeader(grid.getTranslation("health.column")).setSortable(true)
                .setSortProperty(MemberSortField.HEALTH.parameter()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> lookups.channel(row.channelId())).setKey("channel")
                .setHeader(grid.getTranslation("member.field.channel")).setAutoWidth(true);
        grid.addColumn(row -> lookups.tier(row.tierId())).setKey("tier")
                .setHeader(grid.getTranslation("member.field.tier")).setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.tags())).setKey("tags")
                .setHeader(grid.getTranslation("member.field.tags")).setFlexGrow(1);
        grid.addColumn(row -> MemberLabels.date(row.appliedAt(), zone.get(), locale)).setKey("applied")
                .setHeader(grid.getTranslation("membership.field.applied")).setSortable(true)
                .setSortProperty(MemberSortField.APPLIED.parameter()).setAutoWidth(true);
        grid.addColumn(row -> MemberLabels.date(row.joinedAt(), zone.get(), locale)).setKey("joined")
                .setHeader(grid.getTranslation("membership.field.joined")).setSortable(true)
                .setSortProperty(MemberSortField.JOINED.parameter()).setAutoWidth(true);
        grid.addColumn(row -> MemberLabels.date(row.lastActiveAt(), zone.get(), locale)).setKey("active")
                .setHeader(grid.getTranslation("membership.field.lastActive")).setSortable(true)
                .setSortProperty(MemberSortField.ACTIVE.parameter()).setAutoWidth(true);
        grid.addColumn(MemberRow::warningCount).setKey("warnings")
                .setHeader(grid.getTranslation("membership.field.warnings")).setSortable(true)
                .setSortProperty(MemberSortField.WARNINGS.parameter()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> MemberLabels.mechanisms(grid, lookups.ordered(row.mechanisms()))).setKey("mechanisms")
                .setHeader(grid.getTranslation("membership.field.mechanisms")).setAutoWidth(true);
        Set<String> hidden = hidden();
        grid.getColumns().forEach(column -> column.setVisible(!hidden.contains(column.getKey())));
    }

    /**
     * The score and the segment's coloured badge, or "not scored yet"; nothing for a membership that is not joined
     * (health is kept for joined members only, and a former member's last score would read as current).
     */
    static Component health(Component in, MemberRow row) {
        if (row.status() != MembershipStatus.JOINED) {
            return new Span();
        }
        if (row.score() == null || row.segment() == null) {
            Span none = new Span(in.getTranslation("health.notScored"));
            none.addClassName("health-none");
            return none;
        }
        Span score = new Span(String.valueOf(row.score()));
        score.addClassName("health-score");
        Span cell = new Span(score, HealthLabels.badge(in, row.segment()));
        cell.addClassName("health-cell");
        return cell;
    }

    /** A "Columns" menu with one checkable item per column. */
    static MenuBar picker(Grid<MemberRow> grid) {
        MenuBar menu = new MenuBar();
        menu.setId("members-columns");
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        MenuItem root = menu.addItem(VaadinIcon.GRID_SMALL.create());
        root.add(grid.getTranslation("members.columns"));
        root.setAriaLabel(grid.getTranslation("members.columns"));
        SubMenu items = root.getSubMenu();
        for (Grid.Column<MemberRow> column : grid.getColumns()) {
            String key = column.getKey();
            if (key == null || "name".equals(key)) {
                continue;
            }
            MenuItem item = items.addItem(column.getHeaderText());
            item.setId("column-" + key);
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.setKeepOpen(true);
            item.addClickListener(event -> {
                column.setVisible(item.isChecked());
                remember(grid);
            });
        }
        return menu;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> hidden() {
        VaadinSession session = VaadinSession.getCurrent();
        Object stored = session == null ? null : session.getAttribute(SESSION_KEY);
        return stored instanceof Set<?> set ? (Set<String>) set : new LinkedHashSet<>(HIDDEN_BY_DEFAULT);
    }

    private static void remember(Grid<MemberRow> grid) {
        Set<String> hidden = new LinkedHashSet<>();
        grid.getColumns().stream().filter(column -> !column.isVisible()).forEach(column -> hidden.add(column.getKey()));
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_KEY, hidden);
        }
    }
}
