package app.communityops.kpi;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The statements of the peer bands (decision 0033), in the caller's transaction; no access rules. */
@Component
class PeerQueries {

    private final JdbcClient jdbc;

    PeerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
