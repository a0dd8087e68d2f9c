package app.communityops.content;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The one way tests of other features write content straight into the tables, published at a chosen instant. */
@Component
public class ContentTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ContentTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A published deep dive of the community, with its recorded engagement. */
    public UUID published(UUID tenantId, UUID community, Instant at, int reactions, int replies, int shares) {
        UUID item = Uuids.v7();
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into content_item (tenant_id, id, kind, category, title, publish_at, status, reactions,
                                              replies, shares, created_at, version)
                    values (current_tenant_id(), ?, 'VALUE', 'DEEP_DIVE', 'Deep dive', ?, 'PUBLISHED', ?, ?, ?, now(),
                            0)""", item, Timestamp.from(at), reactions, replies, shares);
            jdbc.update("insert into content_item_community (content_id, community_id) values (?, ?)", item,
                    community);
        }));
        return item;
    }
}
