package app.communityops.report.ui;

import app.communityops.report.DeliveryState;
import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportPeriod;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** The labels and badges the delivered-report screens share. */
final class DeliveryLabels {

    private DeliveryLabels() {
    }

    static String period(Component context, ReportPeriod period) {
        return period.kind() == ReportPeriod.Kind.MONTH
                ? context.getTranslation("report.period.month", period.from().getYear(), period.from().getMonthValue())
                : context.getTranslation("report.period.quarter", period.from().getYear(),
                        (period.from().getMonthValue() - 1) / 3 + 1);
    }

    static String dateTime(Component context, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH))
                .format(instant.atZone(zone));
    }

    static Span state(Component context, ReportDelivery delivery) {
        Span badge = badge(context.getTranslation("report.delivery.state." + delivery.state().name()));
        badge.addClassName(switch (delivery.state()) {
            case DRAFT -> "contrast";
            case REVIEW -> "report-review";
            case SENT -> "report-sent";
            case ACKNOWLEDGED -> "success";
        });
        badge.addClassName("delivery-state");
        return badge;
    }

    static Span version(Component context, ReportDelivery delivery) {
        Span badge = badge(context.getTranslation("report.delivery.versionOf", delivery.versionNo()));
        badge.addClassName("contrast");
        return badge;
    }

    /** "Current" or "Superseded", for delivered versions only. */
    static Span currency(Component context, ReportDelivery delivery) {
        Span badge = badge(context.getTranslation(delivery.current() ? "report.delivery.current"
                : "report.delivery.superseded"));
        badge.addClassName(delivery.current() ? "success" : "error");
        badge.addClassName("delivery-currency");
        badge.setVisible(delivery.state().delivered());
        return badge;
    }

    static boolean isNew(ReportDelivery delivery) {
        return delivery.state() == DeliveryState.SENT && delivery.current() && !delivery.openedByMe();
    }

    static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("status-badge");
        return badge;
    }
}
