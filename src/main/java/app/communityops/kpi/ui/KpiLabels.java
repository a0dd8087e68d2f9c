package app.communityops.kpi.ui;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** How KPI values and statuses are written on the Manage page. */
final class KpiLabels {

    private KpiLabels() {
    }

    static String value(Kpi kpi, @Nullable BigDecimal value, @Nullable String currency) {
        if (value == null) {
            return "–";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return switch (kpi.unit()) {
            case PERCENT -> plain + " %";
            case MONEY -> (currency == null ? "" : currency + " ") + value.setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
            default -> plain;
        };
    }

    static Span status(Component owner, KpiStatus status, String id) {
        Span badge = new Span(owner.getTranslation("kpi.status." + status.name()));
        badge.setId(id);
        badge.addClassName("status-badge");
        badge.addClassName(statusClass(status));
        return badge;
    }

    /** The badge's colour class beside {@code status-badge}. */
    static String statusClass(KpiStatus status) {
        return switch (status) {
            case GREEN -> "success";
            case AMBER -> "kpi-amber";
            case RED -> "error";
            case NONE -> "contrast";
        };
    }
}
