package app.communityops.kpi;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statements of the peer bands (decision 0033), in the caller's transaction; no access rules. */
@Component
class PeerQueries {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PeerQueries(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The KPI currency of each of the communities that has a business-logic canvas. */
    Map<UUID, String> currencies(Collection<UUID> ids) {
        Map<UUID, String> currencies = new HashMap<>();
        if (ids.isEmpty()) {
            return currencies;
        }
        jdbc.sql("select community_id, currency from kpi_canvas where community_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> currencies.put(rs.getObject(1, UUID.class), rs.getString(2).strip())).list();
        return currencies;
    }

    /** The stored figures of those of the communities that have them for the period as of the day. */
    Map<UUID, Map<Kpi, @Nullable BigDecimal>> stored(Collection<UUID> ids, KpiPeriod period, LocalDate asOf) {
        Map<UUID, Map<Kpi, @Nullable BigDecimal>> stored = new HashMap<>();
        if (ids.isEmpty()) {
            return stored;
        }
        jdbc.sql("""
                        select community_id, kpis, figures from kpi_peer_figure
                        where community_id in (:ids) and period_kind = :kind and period_start = :start
                          and as_of = :asOf""")
                .param("ids", ids)
                .param("kind", period.kind().name())
                .param("start", Date.valueOf(period.start()))
                .param("asOf", Date.valueOf(asOf))
                .query((rs, row) -> {
                    String[] kpis = (String[]) rs.getArray(2).getArray();
                    BigDecimal[] figures = (BigDecimal[]) rs.getArray(3).getArray();
                    Map<Kpi, @Nullable BigDecimal> values = new EnumMap<>(Kpi.class);
                    for (int i = 0; i < kpis.length; i++) {
                        values.put(Kpi.valueOf(kpis[i]), figures[i]);
                    }
                    return stored.put(rs.getObject(1, UUID.class), values);
                }).list();
        return stored;
    }

    /**
     * Whether every one of the communities has figures stored for the period as of the day, computed less than
     * {@code within} ago (and nothing else is stored for the period's kind: a community that left the groups).
     */
    boolean fresh(Collection<UUID> ids, KpiPeriod period, LocalDate asOf, Duration within) {
        Boolean fresh = template.execute((Connection connection) -> {
            try (var statement = connection.prepareStatement("""
                    select count(*) filter (where community_id = any(?) and period_start = ? and as_of = ?
                                                  and computed_at > now() - make_interval(secs => ?)),
                           count(*)
                    from kpi_peer_figure where period_kind = ?""")) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                statement.setDate(2, Date.valueOf(period.start()));
                statement.setDate(3, Date.valueOf(asOf));
                statement.setLong(4, within.toSeconds());
                statement.setString(5, period.kind().name());
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) == ids.size() && rows.getLong(2) == ids.size();
                }
            }
        });
        return Boolean.TRUE.equals(fresh);
    }

    /**
     * Replaces the stored figures of the period's kind with those of the communities for the period: the rows of an
     * ended period, and of a community that can no longer be a peer, go.
     */
    void store(Map<UUID, Map<Kpi, @Nullable BigDecimal>> figures, KpiPeriod period, LocalDate asOf) {
        template.update(connection -> {
            var statement = connection.prepareStatement("delete from kpi_peer_figure where period_kind = ?"
                    + " and (period_start <> ? or community_id <> all(?))");
            statement.setString(1, period.kind().name());
            statement.setDate(2, Date.valueOf(period.start()));
            statement.setArray(3, connection.createArrayOf("uuid", figures.keySet().toArray()));
            return statement;
        });
        List<Object[]> rows = new ArrayList<>();
        figures.forEach((community, values) -> rows.add(new Object[] {community, values}));
        template.batchUpdate("""
                insert into kpi_peer_figure (tenant_id, community_id, period_kind, period_start, as_of, kpis, figures,
                                             computed_at)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, now())
                on conflict (tenant_id, community_id, period_kind, period_start) do update
                set as_of = excluded.as_of, kpis = excluded.kpis, figures = excluded.figures,
                    computed_at = excluded.computed_at""", rows, 500, (ps, row) -> {
            @SuppressWarnings("unchecked")
            Map<Kpi, @Nullable BigDecimal> values = (Map<Kpi, @Nullable BigDecimal>) row[1];
            List<String> kpis = new ArrayList<>();
            List<@Nullable BigDecimal> numbers = new ArrayList<>();
            values.forEach((kpi, value) -> {
                kpis.add(kpi.name());
                numbers.add(value);
            });
            Array names = ps.getConnection().createArrayOf("varchar", kpis.toArray());
            Array figuresOf = ps.getConnection().createArrayOf("numeric", numbers.toArray());
            ps.setObject(1, row[0]);
            ps.setString(2, period.kind().name());
            ps.setDate(3, Date.valueOf(period.start()));
            ps.setDate(4, Date.valueOf(asOf));
            ps.setArray(5, names);
            ps.setArray(6, figuresOf);
        });
    }
}
