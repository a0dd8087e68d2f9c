package app.communityops.money.io;

import app.communityops.money.OfferSummary;
import app.communityops.money.OrderForm;
import app.communityops.money.SalesChannel;
import app.communityops.shared.csv.CsvColumns;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.ImportProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record of an orders file into an order form: names resolved in the community, amounts, times and
 * channels parsed, then the form's own Bean Validation. Every problem of a row is reported, not only its first.
 */
final class OrderRowReader {

    /** A row that reads as an order; the payment time in the tenant's zone as an instant, for matching. */
    record Row(long line, OrderForm form, Instant paidAt) {
    }

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Map<String, String> CURRENCY_NAMES = Map.of("RMB", "CNY", "人民币", "CNY", "¥", "CNY",
            "￥", "CNY", "元", "CNY", "$", "USD", "美元", "USD", "港币", "HKD");
    private static final Map<String, OrderColumn> PROPERTIES = Map.of("memberId", OrderColumn.MEMBER,
            "offerId", OrderColumn.OFFER, "amount", OrderColumn.AMOUNT, "currency", OrderColumn.CURRENCY,
            "paidAt", OrderColumn.PAID_AT, "channel", OrderColumn.CHANNEL, "reference", OrderColumn.EXTERNAL_ID);

    private final CsvColumns<OrderColumn> columns;
    private final OrderLookups.Names names;
    private final Map<String, SalesChannel> channels;
    private final ZoneId zone;
    private final Validator validator;

    OrderRowReader(CsvColumns<OrderColumn> columns, OrderLookups.Names names, Map<String, SalesChannel> channels,
                   ZoneId zone, Validator validator) {
        this.columns = columns;
        this.names = names;
        this.channels = channels;
        this.zone = zone;
        this.validator = validator;
    }

    /** The row when it reads as an order; otherwise null, after reporting each of its problems. */
    @Nullable Row read(CsvRecord record, Consumer<ImportProblem> sink) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!columns.whole(record, problems::add)) {
            problems.forEach(sink);
            return null;
        }
        long line = record.line();
        OrderForm form = new OrderForm();
        String member = required(record, OrderColumn.MEMBER, problems);
        if (member != null) {
            form.setMemberId(names.member(member));
            if (form.getMemberId() == null) {
                problems.add(problem(line, OrderColumn.MEMBER, "money.io.reason.memberUnknown", member));
            }
        }
        String offer = required(record, OrderColumn.OFFER, problems);
        if (offer != null) {
            List<OfferSummary> named = names.offers().getOrDefault(offer.toLowerCase(Locale.ROOT), List.of());
            if (named.size() == 1) {
                form.setOfferId(named.getFirst().id());
            } else {
                problems.add(problem(line, OrderColumn.OFFER, named.isEmpty() ? "money.io.reason.offerUnknown"
                        : "money.io.reason.offerAmbiguous", offer));
            }
        }
        String amount = required(record, OrderColumn.AMOUNT, problems);
        if (amount != null) {
            BigDecimal parsed = amount(amount);
            if (parsed == null) {
                problems.add(problem(line, OrderColumn.AMOUNT, "shared.csv.reason.notANumber", amount));
            } else if (parsed.signum() < 0) {
                problems.add(problem(line, OrderColumn.AMOUNT, "money.io.reason.negative"));
            } else {
                form.setAmount(parsed);
            }
        }
        String currency = required(record, OrderColumn.CURRENCY, problems);
        if (currency != null) {
            form.setCurrency(CURRENCY_NAMES.getOrDefault(currency.toUpperCase(Locale.ROOT),
                    currency.toUpperCase(Locale.ROOT)));
        }
        String paidAt = required(record, OrderColumn.PAID_AT, problems);
        LocalDateTime time = paidAt == null ? null : time(paidAt);
        if (paidAt != null && time == null) {
            problems.add(problem(line, OrderColumn.PAID_AT, "money.io.reason.badTime", paidAt));
        }
        form.setPaidAt(time);
        String channel = required(record, OrderColumn.CHANNEL, problems);
        form.setChannel(channel == null ? null : channels.get(key(channel)));
        if (channel != null && form.getChannel() == null) {
            problems.add(problem(line, OrderColumn.CHANNEL, "money.io.reason.unknownChannel", channel));
        }
        referrer(record, form, problems);
        form.setReference(columns.cell(record, OrderColumn.EXTERNAL_ID, OrderColumn.EXTERNAL_ID.maxLength(),
                problems::add));
        if (problems.isEmpty()) {
            for (ConstraintViolation<OrderForm> violation : validator.validate(form)) {
                OrderColumn column = PROPERTIES.get(violation.getPropertyPath().toString());
                problems.add(ImportProblem.of(line, column == null ? null : columns.header(column),
                        OrderImportService.violationReason(violation)));
            }
        }
        problems.forEach(sink);
        return problems.isEmpty() && time != null ? new Row(line, form, time.atZone(zone).toInstant()) : null;
    }

    /** A referrer is a member of the community by handle, or a partner by name; never a guess between the two. */
    private void referrer(CsvRecord record, OrderForm form, List<ImportProblem> problems) {
        String referrer = columns.cell(record, OrderColumn.REFERRER, OrderColumn.REFERRER.maxLength(), problems::add);
        if (referrer == null) {
            return;
        }
        UUID member = names.memberHandles().get(referrer.toLowerCase(Locale.ROOT));
        UUID partner = names.partners().get(referrer.toLowerCase(Locale.ROOT));
        if (member != null && partner != null) {
            problems.add(problem(record.line(), OrderColumn.REFERRER, "money.io.reason.referrerAmbiguous", referrer));
        } else if (member == null && partner == null) {
            problems.add(problem(record.line(), OrderColumn.REFERRER, "money.io.reason.referrerUnknown", referrer));
        } else {
            form.setReferrerMemberId(member);
            form.setReferrerPartnerId(partner);
        }
    }

    private @Nullable String required(CsvRecord record, OrderColumn column, List<ImportProblem> problems) {
        int before = problems.size();
        String value = columns.cell(record, column, column.maxLength(), problems::add);
        if (value == null && problems.size() == before) {
            problems.add(problem(record.line(), column, "shared.csv.reason.required"));
        }
        return value;
    }

    private ImportProblem problem(long line, OrderColumn column, String reason, Object... arguments) {
        return ImportProblem.of(line, columns.header(column), reason, arguments);
    }

    static @Nullable BigDecimal amount(String text) {
        String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date (midnight) or a date and time, as Excel and people write them. */
    static @Nullable LocalDateTime time(String text) {
        Matcher matcher = TIME.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)), number(matcher.group(4)), number(matcher.group(5)),
                    number(matcher.group(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(@Nullable String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /** Channel names compared without case, spaces, underscores or hyphens. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
