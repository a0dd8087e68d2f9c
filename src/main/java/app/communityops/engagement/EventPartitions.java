package app.communityops.engagement;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a partition ready for every month events arrive for: a daily job creates the current and the next two
 * months ahead of time, and a batch for an older month (a back-fill) creates its month on demand, in the batch's
 * own transaction. Months known to exist are remembered once their creation has committed, so the common case
 * costs no statement at all.
 */
@Component
class EventPartitions {

    private static final int MONTHS_AHEAD = 2;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    EventPartitions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    void createAhead() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i <= MONTHS_AHEAD; i++) {
                ensure(now.plusMonths(i));
            }
        });
    }

    /** Makes sure the months of these instants have partitions; joins the caller's transaction. */
    void ensureFor(Collection<Instant> times) {
        Set<YearMonth> months = new TreeSet<>();
        for (Instant time : times) {
            YearMonth month = YearMonth.from(time.atOffset(ZoneOffset.UTC));
            if (!known.contains(month)) {
                months.add(month);
            }
        }
        months.forEach(this::ensure);
    }

    private void ensure(YearMonth month) {
        LocalDate first = month.atDay(1);
        jdbc.queryForObject("select engagement_ensure_partition(?)", String.class, Date.valueOf(first));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    known.add(month);
                }
            });
        } else {
            known.add(month);
        }
    }
}
