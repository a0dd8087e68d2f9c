package app.communityops.audit;

import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotNull;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the tenant's audit log. Writing joins the caller's transaction (an entry is never kept for
 * a change that rolled back); reading is for tenant admins, through row-level security like everything else.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Access.SIGNED_IN)
    public void recordAccess(String entityType, String entityId, Map<String, ?> details) {
        record(AuditAction.ACCESS, entityType, entityId, details);
    }

    /**
     * An entry for a change or an event that no entity flush records (a second factor reset, a wrong sign-in code),
     * naming its actor explicitly: during sign-in nobody is signed in yet. Server code decides who the actor is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(Access.ANYONE)
    public void recordFor(AppPrincipal actor, AuditAction action, String entityType, String entityId,
                          Map<String, ?> details) {
        write(actor, action, entityType, entityId, details);
    }

    /** Used by the entity listener during a flush; the transaction and the tenant are already in place. */
    void record(AuditAction action, String entityType, String entityId, Map<String, ?> changes) {
        write(CurrentUser.get().orElse(null), action, entityType, entityId, changes);
    }

    private void write(@Nullable AppPrincipal actor, AuditAction action, String entityType, String entityId,
                       Map<String, ?> changes) {
        UUID tenant = TenantContext.current()
                .orElseThrow(() -> new IllegalStateException("Audited change without a tenant: " + entityType));
        jdbc.update("""
                        insert into audit_entry (tenant_id, id, occurred_at, actor_id, actor_email, actor_role,
                                                 action, entity_type, entity_id, changes)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                tenant, Uuids.v7(), Timestamp.from(clock.instant()),
                actor == null ? null : actor.userId(), actor == null ? "system" : actor.email(),
                actor == null ? null : actor.role(), action.name(), entityType, entityId,
                JSON.writeValueAsString(changes));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public List<AuditRecord> search(AuditQuery query, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(query, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select id, occurred_at, actor_email, actor_role, action, entity_type, entity_id, changes::text"
                        + " from audit_entry" + where + " order by occurred_at desc, id desc limit ? offset ?",
                (rs, row) -> new AuditRecord(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8)),
                args.toArray());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public int count(AuditQuery query) {
        List<Object> args = new ArrayList<>();
        Integer count = jdbc.queryForObject("select count(*) from audit_entry" + where(query, args), Integer.class,
                args.toArray());
        return count == null ? 0 : count;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public List<String> entityTypes() {
        return NotNull.column(
                jdbc.queryForList("select distinct entity_type from audit_entry order by 1", String.class));
    }

    private static String where(AuditQuery query, List<Object> args) {
        // Row-level security already limits rows to the current tenant; these only narrow further.
        StringBuilder where = new StringBuilder(" where true");
        if (query.actorEmail() != null && !query.actorEmail().isBlank()) {
            where.append(" and actor_email ilike ?");
            args.add("%" + likeLiteral(query.actorEmail().strip()) + "%");
        }
        if (query.entityType() != null) {
            where.append(" and entity_type = ?");
            args.add(query.entityType());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(Timestamp.from(query.from().atStartOfDay(query.zone()).toInstant()));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(query.zone()).toInstant()));
        }
        return where.toString();
    }

    /** Typed text matches itself: LIKE's wildcards and its escape character lose their meaning. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
