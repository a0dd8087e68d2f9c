package app.communityops.shared.csv;

import java.util.function.Supplier;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The two ways a console import ends its transaction, for use inside a {@code @Transactional} service method: a check
 * writes exactly what the import would and then rolls all of it back, so it reports the import's own verdict; an
 * import keeps its writes only if every row was good.
 */
public final class ImportTransactions {

    private ImportTransactions() {
    }

    public static CsvImportOutcome checkOnly(Supplier<CsvImportOutcome> run) {
        try {
            return run.get();
        } finally {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
    }

    public static CsvImportOutcome allOrNothing(Supplier<CsvImportOutcome> run) {
        CsvImportOutcome outcome = run.get();
        if (!outcome.imported()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }
}
