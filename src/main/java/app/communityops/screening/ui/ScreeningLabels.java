package app.communityops.screening.ui;

import app.communityops.members.MembershipStatus;
import app.communityops.screening.ScreeningMechanism;
import app.communityops.screening.CodeStatus;
import app.communityops.screening.MechanismResult;
import app.communityops.screening.Outcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** Translated names, badges, amounts and dates, the same on every screening screen. */
final class ScreeningLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ScreeningLabels() {
    }

    static String mechanism(Component owner, ScreeningMechanism mechanism) {
        return owner.getTranslation("screening.mechanism." + mechanism.name());
    }

    static String reason(Component owner, MechanismResult result) {
        Object[] arguments = result.arguments().toArray();
        return owner.getTranslation(result.reasonKey(), arguments);
    }

    static Span outcomeBadge(Component owner, MechanismResult result) {
        Span badge = new Span(mechanism(owner, result.mechanism()) + " · "
                + owner.getTranslation("screening.outcome." + result.outcome().name()));
        badge.addClassNames("status-badge", badgeClass(result.outcome()));
        badge.setTitle(reason(owner, result));
        return badge;
    }

    static Span codeStatusBadge(Component owner, CodeStatus status) {
        Span badge = new Span(owner.getTranslation("screening.codes.status." + status.name()));
        badge.addClassNames("status-badge", switch (status) {
            case ACTIVE -> "success";
            case EXPIRED -> "error";
            case EXHAUSTED -> "contrast";
        });
        return badge;
    }

    static String membershipStatus(Component owner, MembershipStatus status) {
        return owner.getTranslation("screening.membershipStatus." + status.name());
    }

    private static String badgeClass(Outcome outcome) {
        return switch (outcome) {
            case PASSED -> "success";
            case FAILED -> "error";
            case NEEDS_REVIEW -> "contrast";
        };
    }

    static String amount(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "–";
    }

    /** In the tenant's zone, as on every other screen; the views ask {@code TenantZone} for it. */
    static String date(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    static String dateTime(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }
}
