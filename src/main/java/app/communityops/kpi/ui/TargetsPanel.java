package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.TargetLine;
import app.communityops.kpi.TargetService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The targets of a community for the period shown: pick a KPI, set its target, or remove one. Staff only. */
class TargetsPanel extends VerticalLayout {

    private final TargetService targets;
    private final UUID communityId;
    private final Runnable onChanged;
    private final Select<Kpi> kpi = new Select<>();
    private final BigDecimalField value = new BigDecimalField(getTranslation("kpi.targets.target"));
    private final Grid<TargetLine> grid = new Grid<>();
    private KpiPeriod period;
    private List<TargetLine> lines = List.of();

    TargetsPanel(TargetService targets, UUID communityId, KpiPeriod period, Runnable onChanged) {
        this.targets = targets;
        this.communityId = communityId;
        this.period = period;
        this.onChanged = onChanged;
        setId("targets-panel");
        setPadding(false);
        kpi.setId("target-kpi");
        kpi.setLabel(getTranslation("kpi.targets.kpi"));
        kpi.setItems(Kpi.values());
        kpi.setItemLabelGenerator(item -> getTranslation(item.nameKey()));
        kpi.addValueChangeListener(change -> value.setValue(current(change.getValue())));
        value.setId("target-value");
        Button set = new Button(getTranslation("kpi.targets.set"), click -> set());
        set.setId("target-set");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout editor = new HorizontalLayout(kpi, value, set);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("targets-grid");
        grid.addColumn(line -> getTranslation(line.kpi().nameKey())).setHeader(getTranslation("kpi.targets.kpi"))
                .setKey("kpi").setFlexGrow(2);
        grid.addColumn(line -> line.target().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("kpi.targets.target")).setKey("target").setAutoWidth(true);
        grid.addComponentColumn(this::remove).setKey("remove").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(empty());
        add(new H3(getTranslation("kpi.targets.title")), editor, grid);
        refresh();
    }

    void show(KpiPeriod shown) {
        period = shown;
        refresh();
    }

    private void refresh() {
        lines = targets.targets(communityId, period);
        grid.setItems(lines);
    }

    private @Nullable BigDecimal current(Kpi chosen) {
        return lines.stream().filter(line -> line.kpi() == chosen).map(TargetLine::target).findFirst().orElse(null);
    }

    private void set() {
        Kpi chosen = kpi.getValue();
        BigDecimal target = value.getValue();
        if (chosen == null || target == null) {
            value.setInvalid(true);
            value.setErrorMessage(getTranslation("kpi.required"));
            return;
        }
        long version = lines.stream().filter(line -> line.kpi() == chosen).mapToLong(TargetLine::version)
                .findFirst().orElse(-1);
        try {
            targets.set(communityId, period, chosen, target, version);
            Notifications.success(getTranslation("kpi.targets.saved", getTranslation(chosen.nameKey())));
            refresh();
            onChanged.run();
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refusal) {
            FormErrors.show(refusal, Map.of("target", value));
        }
    }

    private Button remove(TargetLine line) {
        Button remove = new Button(getTranslation("kpi.targets.remove"), VaadinIcon.TRASH.create(), click -> {
            targets.remove(communityId, line.id());
            Notifications.success(getTranslation("kpi.targets.removed"));
            refresh();
            onChanged.run();
        });
        remove.setId("target-remove-" + line.kpi().name());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return remove;
    }

    private Div empty() {
        Div empty = new Div();
        empty.setId("targets-empty");
        empty.addClassName("empty-state");
        var icon = VaadinIcon.FLAG_O.create();
        icon.setSize("48px");
        empty.add(icon, new Span(getTranslation("kpi.targets.empty")));
        return empty;
    }
}
