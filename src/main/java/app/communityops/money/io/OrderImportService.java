package app.communityops.money.io;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.SalesChannel;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.csv.CsvColumns;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.CsvSheet;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.csv.ImportTransactions;
import app.communityops.shared.csv.ProblemList;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.tenancy.TenantZone;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of a community's orders, all or nothing, in one transaction. Each row is read into an
 * {@link OrderForm} and checked by {@link OrderService#createAll}, the rules of the order form; a good file is
 * written through the same path, so the lifetime purchase amount and the paid-entry evidence follow as for form
 * entry. Any problem writes nothing and is listed with its line and column.
 *
 * <p>Re-importing does not duplicate (ADR 0010): a row with an external order id is the order of the community
 * with that id; a row without one is the order with the same member, offer, payment time and amount. Rows that
 * match an order already there are skipped; two rows of one file that match each other are refused.
 */
@Service
@PreAuthorize(Access.STAFF)
public class OrderImportService {

    /** Orders are entered by the hundred; a file this long is a mistake or belongs in several imports. */
    public static final int MAX_ROWS = 10_000;

    private final CommunityService communities;
    private final OrderService orders;
    private final OrderLookups lookups;
    private final Validator validator;
    private final FeatureBundlesI18NProvider translations;
    private final TenantZone zones;

    OrderImportService(CommunityService communities, OrderService orders, OrderLookups lookups,
                       Validator validator, FeatureBundlesI18NProvider translations, TenantZone zones) {
        this.communities = communities;
        this.orders = orders;
        this.lookups = lookups;
        this.validator = validator;
        this.translations = translations;
        this.zones = zones;
    }

    /** Checks the whole file as the import would, and writes nothing. */
    @Transactional
    public CsvImportOutcome check(UUID communityId, Path file, ImportProgress progress) {
        return ImportTransactions.checkOnly(() -> run(communityId, file, false, progress));
    }

    /** Imports the file if every row is good; otherwise writes nothing and lists the problems. */
    @Transactional
    public CsvImportOutcome importFile(UUID communityId, Path file, ImportProgress progress) {
        return ImportTransactions.allOrNothing(() -> run(communityId, file, true, progress));
    }

    private CsvImportOutcome run(UUID communityId, Path file, boolean write, ImportProgress progress) {
        communities.writable(communityId);
        ProblemList problems = new ProblemList();
        try (CsvSheet<OrderColumn> sheet = CsvSheet.open(file, OrderColumn.class, OrderColumn::names,
                OrderColumn.REQUIRED, problems)) {
            if (sheet == null) {
                return CsvImportOutcome.refused(problems, 0);
            }
            CsvColumns<OrderColumn> columns = sheet.columns();
            OrderRowReader reader = new OrderRowReader(columns, lookups.of(communityId), channels(), zones.current(),
                    validator);
            List<OrderRowReader.Row> rows = new ArrayList<>();
            int count = sheet.forEachRecord(MAX_ROWS, progress, record -> {
                OrderRowReader.Row row = reader.read(record, problems);
                if (row != null) {
                    rows.add(row);
                }
            });
            // Duplicates within the file and against earlier imports are listed with the other problems.
            List<OrderRowReader.Row> fresh = new OrderMatching(lookups.existing(communityId))
                    .fresh(rows, columns, problems);
            if (!problems.isEmpty()) {
                return CsvImportOutcome.refused(problems, count);
            }
            Map<Integer, UserFacingException> refused = orders.createAll(communityId,
                    fresh.stream().map(OrderRowReader.Row::form).toList(), write, progress);
            refused.forEach((index, refusal) -> problems.accept(problem(fresh.get(index).line(), refusal, columns)));
            if (!problems.isEmpty()) {
                return CsvImportOutcome.refused(problems, count);
            }
            return new CsvImportOutcome(count, fresh.size(), rows.size() - fresh.size(), write, List.of(), 0);
        }
    }

    /** Channels by their code and their English and Chinese names. */
    private Map<String, SalesChannel> channels() {
        Map<String, SalesChannel> channels = new HashMap<>();
        for (SalesChannel channel : SalesChannel.values()) {
            channels.put(OrderRowReader.key(channel.name()), channel);
            for (var locale : FeatureBundlesI18NProvider.LOCALES) {
                channels.put(OrderRowReader.key(translations.getTranslation("money.order.channel." + channel.name(),
                        locale)), channel);
            }
        }
        return channels;
    }

    private static ImportProblem problem(long line, UserFacingException refusal, CsvColumns<OrderColumn> columns) {
        OrderColumn column = switch (refusal.field() == null ? "" : refusal.field()) {
            case "memberId" -> OrderColumn.MEMBER;
            case "offerId" -> OrderColumn.OFFER;
            case "amount" -> OrderColumn.AMOUNT;
            case "currency" -> OrderColumn.CURRENCY;
            case "paidAt" -> OrderColumn.PAID_AT;
            case "channel" -> OrderColumn.CHANNEL;
            case "reference" -> OrderColumn.EXTERNAL_ID;
            case "referrerMemberId", "referrerPartnerId" -> OrderColumn.REFERRER;
            default -> null;
        };
        return ImportProblem.of(line, column == null ? null : columns.header(column), refusal.messageKey(),
                refusal.arguments());
    }

    static String violationReason(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "Digits" -> "money.io.reason.digits";
            case "DecimalMin" -> "money.order.error.amountPositive";
            case "Pattern" -> "money.error.currency";
            case "NotNull" -> "shared.csv.reason.required";
            default -> "money.io.reason.invalid";
        };
    }
}
