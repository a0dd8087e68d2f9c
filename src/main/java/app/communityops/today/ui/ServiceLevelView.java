package app.communityops.today.ui;

import app.communityops.shared.Roles;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.tenancy.TenantZone;
import app.communityops.today.ServiceLevel;
import app.communityops.today.ServiceLevelRow;
import app.communityops.today.ServiceLevelService;
import app.communityops.today.TodayNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agency's service level for tenant admins: per operator and per community, how many of the tasks due in a
 * period were done on time. A month, the previous month, a quarter or any dates.
 */
@Route(TodayNavigation.SERVICE_LEVEL_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "today.serviceLevel.menu", order = 15, icon = "TIMER")
@NavGroup(NavArea.MANAGE)
class ServiceLevelView extends VerticalLayout implements HasDynamicTitle {

    enum Period {
        MONTH, LAST_MONTH, QUARTER, CUSTOM
    }

    private final ServiceLevelService levels;
    private final LocalDate today;
    private final Select<Period> period = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Div result = new Div();
    private boolean choosingPeriod;

    ServiceLevelView(ServiceLevelService levels, TenantZone zones, Clock clock) {
        this.levels = levels;
        this.today = LocalDate.now(clock.withZone(zones.current()));
        setId("service-level-view");
        setWidthFull();
        getStyle().set("max-width", "1100px");
        Anchor back = new Anchor(TodayNavigation.TODAY_ROUTE, getTranslation("today.title"));
        Paragraph intro = new Paragraph(getTranslation("today.serviceLevel.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        result.setId("service-level-result");
        result.setWidthFull();
        add(back, new H2(getTranslation("today.serviceLevel.title")), intro, controls(), result);
        period.setValue(Period.MONTH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.serviceLevel.title");
    }

    private Component controls() {
        period.setId("service-level-period");
        period.setLabel(getTranslation("today.serviceLevel.period"));
        period.setItems(Period.values());
        period.setItemLabelGenerator(value -> getTranslation("today.serviceLevel.period." + switch (value) {
            case MONTH -> "month";
            case LAST_MONTH -> "lastMonth";
            case QUARTER -> "quarter";
            case CUSTOM -> "custom";
        }));
        from.setId("service-level-from");
        from.setLabel(getTranslation("today.serviceLevel.from"));
        from.setLocale(getLocale());
        to.setId("service-level-to");
        to.setLabel(getTranslation("today.serviceLevel.to"));
        to.setLocale(getLocale());
        period.addValueChangeListener(event -> {
            Period chosen = event.getValue();
            boolean custom = chosen == Period.CUSTOM;
            from.setReadOnly(!custom);
            to.setReadOnly(!custom);
            if (!custom) {
                LocalDate month = today.withDayOfMonth(1);
                LocalDate start = switch (chosen) {
                    case LAST_MONTH -> month.minusMonths(1);
                    case QUARTER -> month.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                    default -> month;
                };
                LocalDate end = switch (chosen) {
                    case LAST_MONTH -> month.minusDays(1);
                    case QUARTER -> start.plusMonths(3).minusDays(1);
                    default -> month.plusMonths(1).minusDays(1);
                };
                choosingPeriod = true;
                from.setValue(start);
                to.setValue(end);
                choosingPeriod = false;
            }
            show();
        });
        from.addValueChangeListener(event -> {
            if (!choosingPeriod) {
                show();
            }
        });
        to.addValueChangeListener(event -> {
            if (!choosingPeriod) {
                show();
            }
        });
        Div row = new Div(period, from, to);
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        return row;
    }

    void show() {
        result.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null) {
            return;
        }
        ServiceLevel level;
        try {
            level = levels.of(start, end);
        } catch (RuntimeException error) {
            if (FormErrors.show(error, Map.of("from", from, "to", to))) {
                return;
            }
            throw error;
        }
        if (level.isEmpty()) {
            Div empty = new Div();
            empty.setId("service-level-empty");
            empty.addClassName("empty-state");
            var icon = VaadinIcon.CALENDAR_O.create();
            icon.setSize("40px");
            icon.addClassName("empty-icon");
            empty.add(icon, new Span(getTranslation("today.serviceLevel.empty")));
            result.add(empty);
            return;
        }
        ServiceLevelRow total = level.total();
        Span summary = new Span(getTranslation("today.serviceLevel.summary", total.onTime(),
                total.onTime() + total.late() + total.overdue(), rate(total)));
        summary.setId("service-level-summary");
        summary.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        result.add(summary,
                new H3(getTranslation("today.serviceLevel.byOperator")),
                grid("service-level-operators", "today.serviceLevel.operator", level.byOperator()),
                new H3(getTranslation("today.serviceLevel.byCommunity")),
                grid("service-level-communities", "today.serviceLevel.community", level.byCommunity()));
    }

    private Grid<ServiceLevelRow> grid(String id, String nameKey, List<ServiceLevelRow> rows) {
        Grid<ServiceLevelRow> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(row -> row.id() == null && nameKey.endsWith("operator")
                ? getTranslation("today.serviceLevel.operatorsTogether") : row.name())
                .setHeader(getTranslation(nameKey)).setFlexGrow(2).setAutoWidth(true).setFrozen(true);
        grid.addColumn(ServiceLevelRow::due).setHeader(getTranslation("today.serviceLevel.due")).setAutoWidth(true);
        grid.addColumn(ServiceLevelRow::onTime).setHeader(getTranslation("today.serviceLevel.onTime"))
                .setAutoWidth(true);
        grid.addColumn(ServiceLevelRow::late).setHeader(getTranslation("today.serviceLevel.late")).setAutoWidth(true);
        grid.addColumn(ServiceLevelRow::overdue).setHeader(getTranslation("today.serviceLevel.overdue"))
                .setAutoWidth(true);
        grid.addColumn(ServiceLevelRow::openNotDue).setHeader(getTranslation("today.serviceLevel.openNotDue"))
                .setAutoWidth(true);
        grid.addColumn(this::rate).setHeader(getTranslation("today.serviceLevel.rate")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        return grid;
    }

    private String rate(ServiceLevelRow row) {
        Double rate = row.onTimeRate();
        if (rate == null) {
            return getTranslation("today.serviceLevel.noRate");
        }
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale() == null ? Locale.ENGLISH : getLocale());
        return percent.format(rate);
    }
}
