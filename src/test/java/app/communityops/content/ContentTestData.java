package app.communityops.content;

import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcOperations;
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

    /**
     * The load data's six items per community (communities {@code md5(seed || 'community' || c)}, c = 0 .. n - 1),
     * from last month's published deep dive to next month's draft and an idea, each with its first transition; in
     * the caller's transaction and tenant (static: the load data's generator runs without the tests' beans).
     */
    public static int loadDataContent(JdbcOperations jdbc, String seed, UUID author, String authorName,
                                      int communities) {
        jdbc.update("""
                insert into content_item (tenant_id, id, kind, category, title, body, markdown, author_id, channel,
                                          publish_at, status, views, reactions, replies, shares, created_at, version)
                select current_tenant_id(), md5(? || 'content' || c || '-' || v.i)::uuid, v.kind, v.category,
                       v.title, '## ' || v.title || E'\\n\\n- Point one\\n- Point two', true, ?, 'WeChat group',
                       case when v.days is not null
                            then date_trunc('day', now()) + (v.days || ' days')::interval + interval '2 hours' end,
                       v.status, v.views, v.views / 12, v.views / 60, v.views / 90, now() - interval '40 days', 0
                from generate_series(0, ? - 1) c
                cross join (values (0, 'VALUE', 'DEEP_DIVE', 'Hiring trends this year', 'PUBLISHED', -35, 1860),
                                   (1, 'INSTITUTIONAL', 'RULES', 'Group rules: ads and QR codes', 'PUBLISHED', -3,
                                    940),
                                   (2, 'VALUE', 'EXPERT_SERIES', 'Interviewer series, part 3', 'SCHEDULED', 2, null),
                                   (3, 'VALUE', 'PRACTICAL_TIPS', 'The STAR method for CVs', 'IN_REVIEW', 5, null),
                                   (4, 'VALUE', 'TOOLS_MODELS', 'SWOT for career planning', 'DRAFT', 33, null),
                                   (5, 'INSTITUTIONAL', 'REWARDS', 'Mentor of the month nominations', 'IDEA', null,
                                    null))
                     as v(i, kind, category, title, status, days, views)""",
                seed, author, communities);
        jdbc.update("""
                insert into content_item_community (content_id, community_id)
                select md5(? || 'content' || c || '-' || i)::uuid, md5(? || 'community' || c)::uuid
                from generate_series(0, ? - 1) c cross join generate_series(0, 5) i""",
                seed, seed, communities);
        return jdbc.update("""
                insert into content_transition (tenant_id, id, content_id, from_status, to_status, actor_id,
                                                actor_name, occurred_at, created_at, version)
                select current_tenant_id(), md5(id::text || 'created')::uuid, id, null, status, ?, ?,
                       created_at, created_at, 0
                from content_item""", author, authorName);
    }
}
