package app.communityops.tool.ui;

import app.communityops.tool.CostTotal;
import app.communityops.tool.ToolStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Translated names of the tool enums, money as "CNY 1,234.50", and status badges. */
final class ToolLabels {

    private ToolLabels() {
    }

    static String of(Component context, Enum<?> value) {
        String prefix = switch (value.getDeclaringClass().getSimpleName()) {
            case "FunnelStage" -> "tool.stage.";
            case "ToolStatus" -> "tool.status.";
            case "BillingPeriod" -> "tool.period.";
            default -> "tool.split.";
        };
        return context.getTranslation(prefix + value.name());
    }

    static String money(Locale locale, @Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null || currency == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return currency + " " + format.format(amount);
    }

    static String money(Locale locale, CostTotal total) {
        return money(locale, total.monthly(), total.currency());
    }

    static Span badge(Component context, ToolStatus status) {
        Span badge = new Span(of(context, status));
        badge.addClassNames("status-badge", switch (status) {
            case ACTIVE -> "success";
            case TRIAL -> "tool-trial";
            case CANCELLED -> "contrast";
        });
        return badge;
    }
}
