package app.communityops.money.io;

import app.communityops.shared.csv.CsvColumns;
import app.communityops.shared.csv.ImportProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Tells the rows of a file that are new orders from those imported before, and refuses rows of the file that are
 * the same order twice. The external order id decides when a row has one; otherwise member, offer, payment time
 * and amount do.
 */
final class OrderMatching {

    private final OrderLookups.Existing existing;

    OrderMatching(OrderLookups.Existing existing) {
        this.existing = existing;
    }

    /** The rows that are not yet in the community, reporting rows that repeat an earlier row of the file. */
    List<OrderRowReader.Row> fresh(List<OrderRowReader.Row> rows, CsvColumns<OrderColumn> columns,
                                   Consumer<ImportProblem> problems) {
        Map<String, Long> references = new HashMap<>();
        Map<String, Long> keys = new HashMap<>();
        List<OrderRowReader.Row> fresh = new ArrayList<>();
        for (OrderRowReader.Row row : rows) {
            String reference = row.form().getReference();
            if (reference != null) {
                Long first = references.putIfAbsent(reference, row.line());
                if (first != null) {
                    problems.accept(ImportProblem.of(row.line(), columns.header(OrderColumn.EXTERNAL_ID),
                            "money.io.reason.duplicateExternalId", first));
                } else if (!existing.references().contains(reference)) {
                    fresh.add(row);
                }
                continue;
            }
            String key = OrderLookups.naturalKey(Objects.requireNonNull(row.form().getMemberId()),
                    Objects.requireNonNull(row.form().getOfferId()), row.paidAt(),
                    Objects.requireNonNull(row.form().getAmount()));
            Long first = keys.putIfAbsent(key, row.line());
            if (first != null) {
                problems.accept(ImportProblem.of(row.line(), null, "money.io.reason.duplicateRow", first));
            } else if (!existing.naturalKeys().contains(key)) {
                fresh.add(row);
            }
        }
        return fresh;
    }
}
