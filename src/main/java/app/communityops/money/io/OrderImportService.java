package app.communityops.money.io;

import app.communityops.community.CommunityService;
import app.communityops.money.OfferService;
import app.communityops.money.OfferSummary;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.SalesChannel;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.csv.CsvColumns;
import app.communityops.shared.csv.CsvFile;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.CsvRecordReader;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.csv.ProblemList;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

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
@PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
public class OrderImportService {

    /** Orders are entered by the hundred; a file this long is a mistake or belongs in several imports. */
    public static final int MAX_ROWS = 10_000;

    private final CommunityService communities;
    private final OrderService orders;
    private final OfferService offers;
    private final OrderLookups lookups;
    private final Validator validator;
    private final FeatureBundlesI18NProvider translations;

    OrderImportService(CommunityService communities, OrderService orders, OfferService offers, OrderLookups lookups,
                       Validator validator, FeatureBundlesI18NProvider translations) {
        this.communities = communities;
        this.orders = orders;
        this.offers = offers;
        this.lookups = lookups;
        this.validator = validator;
        this.translations = translations;
    }

    /** Checks the whole file as the import would, and writes nothing. */
    @Transactional
    public CsvImportOutcome check(UUID communityId, Path file, ImportProgress progress) {
        try {
            return run(communityId, file, false, progress);
        } finally {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    /** Imports the file if every row is good; otherwise writes nothing and lists the problems. */
    @Transactional
    public CsvImportOutcome importFile(UUID communityId, Path file, ImportProgress progress) {
        CsvImportOutcome outcome = run(communityId, file, true, progress);
        if (!outcome.imported()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    private CsvImportOutcome run(UUID communityId, Path file, boolean write, ImportProgress progress) {
        communities.writable(communityId);
        ProblemList problems = new ProblemList();
        try {
            CsvFile csv = CsvFile.open(file, null, null);
            long size = Math.max(1, csv.size());
            AtomicLong read = new AtomicLong();
            try (CsvRecordReader records = csv.records(read)) {
                CsvRecord header = records.next();
                if (header == null || header.blank()) {
                    problems.accept(ImportProblem.of(0, null, "shared.csv.reason.emptyFile"));
                    return CsvImportOutcome.refused(problems, 0);
                }
                CsvColumns<OrderColumn> columns = new CsvColumns<>(OrderColumn.class, header, OrderColumn::names,
                        OrderColumn.REQUIRED);
                if (!columns.headerProblems().isEmpty()) {
                    problems.addAll(columns.headerProblems());
                    return CsvImportOutcome.refused(problems, 0);
                }
                ZoneId zone = offers.zone();
                OrderRowReader reader = new OrderRowReader(columns, lookups.of(communityId), channels(), zone,
                        validator);
                List<OrderRowReader.Row> rows = new ArrayList<>();
                int count = 0;
                for (CsvRecord record = records.next(); record != null; record = records.next()) {
                    if (record.blank()) {
                        continue;
                    }
                    if (++count > MAX_ROWS) {
                        problems.accept(ImportProblem.of(0, null, "shared.csv.reason.tooManyRows", MAX_ROWS));
                        return CsvImportOutcome.refused(problems, count - 1);
                    }
                    OrderRowReader.Row row = reader.read(record, problems);
                    if (row != null) {
                        rows.add(row);
                    }
                    progress.report(ImportProgress.Step.READING, Math.min(1.0, read.get() / (double) size));
                }
                if (count == 0) {
                    problems.accept(ImportProblem.of(0, null, "shared.csv.reason.noRows"));
                    return CsvImportOutcome.refused(problems, 0);
                }
                List<OrderRowReader.Row> fresh = new OrderMatching(lookups.existing(communityId))
                        .fresh(rows, columns, problems);
                if (!problems.isEmpty()) {
                    return CsvImportOutcome.refused(problems, count);
                }
                Map<Integer, UserFacingException> refused = orders.createAll(communityId,
                        fresh.stream().map(OrderRowReader.Row::form).toList(), write, progress);
                refused.forEach((index, refusal) -> problems.accept(problem(fresh.get(index).line(), refusal,
                        columns)));
                if (!problems.isEmpty()) {
                    return CsvImportOutcome.refused(problems, count);
                }
                return new CsvImportOutcome(count, fresh.size(), rows.size() - fresh.size(), write, List.of(), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
