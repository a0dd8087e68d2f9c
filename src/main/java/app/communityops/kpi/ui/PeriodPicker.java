package app.communityops.kpi.ui;

import app.communityops.kpi.KpiPeriod;
import app.communityops.kpi.PeriodKind;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Month or quarter, then which one: the running period (the default) and the ones before it. The day that decides
 * "running" is the tenant's today, passed in.
 */
class PeriodPicker extends HorizontalLayout {

    private static final int MONTHS_SHOWN = 13;
    private static final int QUARTERS_SHOWN = 8;

    private final Select<PeriodKind> kind = new Select<>();
    private final Select<KpiPeriod> period = new Select<>();
    private final LocalDate today;
    private boolean filling;

    PeriodPicker(String idPrefix, LocalDate today, Consumer<KpiPeriod> onChange) {
        this.today = today;
        addClassName("dashboard-period");
        setSpacing(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        kind.setId(idPrefix + "-period-kind");
        kind.setLabel(getTranslation("kpi.period.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(item -> getTranslation("kpi.period.kind." + item.name()));
        kind.setWidth("8em");
        period.setId(idPrefix + "-period");
        period.setLabel(getTranslation("dashboard.period.which"));
        period.setItemLabelGenerator(shown -> DashboardFormat.period(this, shown));
        period.setWidth("11em");
        kind.setValue(PeriodKind.MONTH);
        fill(PeriodKind.MONTH);
        kind.addValueChangeListener(change -> {
            fill(Objects.requireNonNullElse(change.getValue(), PeriodKind.MONTH));
            onChange.accept(value());
        });
        period.addValueChangeListener(change -> {
            if (!filling && change.getValue() != null) {
                onChange.accept(change.getValue());
            }
        });
        add(kind, period);
    }

    KpiPeriod value() {
        return Objects.requireNonNullElseGet(period.getValue(), () -> KpiPeriod.of(PeriodKind.MONTH, today));
    }

    Select<KpiPeriod> periodSelect() {
        return period;
    }

    private void fill(PeriodKind chosen) {
        List<KpiPeriod> periods = new ArrayList<>();
        KpiPeriod running = KpiPeriod.of(chosen, today);
        for (int i = 0; i < (chosen == PeriodKind.MONTH ? MONTHS_SHOWN : QUARTERS_SHOWN); i++) {
            periods.add(running);
            running = running.previous();
        }
        filling = true;
        try {
            period.setItems(periods);
            period.setValue(periods.getFirst());
        } finally {
            filling = false;
        }
    }
}
