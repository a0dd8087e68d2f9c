package app.communityops.kpi;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business-logic canvas of a community: staff edit it, client users read it. */
@Service
@PreAuthorize(Access.READERS_OR_JOB)
public class CanvasService {

    private final JdbcTemplate jdbc;
    private final CommunityService communities;
    private final Clock clock;

    CanvasService(JdbcTemplate jdbc, CommunityService communities, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CanvasDetails find(UUID communityId) {
        communities.readable(communityId);
        return read(jdbc, communityId);
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public CanvasDetails save(UUID communityId, long expectedVersion, CanvasForm form) {
        communities.writable(communityId);
        if (!CanvasDetails.EVENT_TYPES.containsAll(form.getActivationTypes()) || form.getActivationTypes().isEmpty()) {
            throw new UserFacingException("kpi.canvas.error.activationTypes", "activationTypes");
        }
        Object[] values = {form.getFounderResources(), form.getTargetUsers(), form.getProblemSolved(),
            form.getValueProvided(), form.getMonetisation(), form.getCoreGoal(), form.getKpiBreakdown(),
            form.getActivationDays(), form.getActivationTypes().toArray(String[]::new), form.getCurrency()};
        int changed;
        if (expectedVersion < 0) {
            changed = jdbc.update("""
                    insert into kpi_canvas (tenant_id, community_id, founder_resources, target_users, problem_solved,
                        value_provided, monetisation, core_goal, kpi_breakdown, activation_days, activation_types,
                        currency, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                    on conflict do nothing""", concat(communityId, values, Timestamp.from(clock.instant())));
        } else {
            changed = jdbc.update("""
                    update kpi_canvas set founder_resources = ?, target_users = ?, problem_solved = ?,
                        value_provided = ?, monetisation = ?, core_goal = ?, kpi_breakdown = ?, activation_days = ?,
                        activation_types = ?, currency = ?, version = version + 1
                    where community_id = ? and version = ?""", concat(null, values, communityId, expectedVersion));
        }
        if (changed == 0) {
            throw new ConcurrentEditException();
        }
        return read(jdbc, communityId);
    }

    /** Without an access check: for the job and the KPI computations, which checked access already. */
    static CanvasDetails read(JdbcTemplate jdbc, UUID communityId) {
        List<CanvasDetails> found = jdbc.query("""
                select community_id, founder_resources, target_users, problem_solved, value_provided, monetisation,
                       core_goal, kpi_breakdown, activation_days, activation_types, currency, version
                from kpi_canvas where community_id = ?""", (rs, row) -> map(rs), communityId);
        return found.isEmpty() ? CanvasDetails.empty(communityId) : found.getFirst();
    }

    private static CanvasDetails map(ResultSet rs) throws SQLException {
        Array types = rs.getArray("activation_types");
        return new CanvasDetails(rs.getObject("community_id", UUID.class), rs.getString("founder_resources"),
                rs.getString("target_users"), rs.getString("problem_solved"), rs.getString("value_provided"),
                rs.getString("monetisation"), rs.getString("core_goal"), rs.getString("kpi_breakdown"),
                rs.getInt("activation_days"), List.of((String[]) types.getArray()), rs.getString("currency").strip(),
                rs.getLong("version"));
    }

    private static Object[] concat(@Nullable Object first, Object[] middle, Object... last) {
        int offset = first == null ? 0 : 1;
        Object[] all = new Object[offset + middle.length + last.length];
        if (first != null) {
            all[0] = first;
        }
        System.arraycopy(middle, 0, all, offset, middle.length);
        System.arraycopy(last, 0, all, offset + middle.length, last.length);
        return all;
    }
}
