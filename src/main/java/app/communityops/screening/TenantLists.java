package app.communityops.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the tenant's managed lists (acquisition channels, member tiers, staff) that the members and security
 * features own; read only, in the caller's transaction, so row-level security limits them to the tenant.
 */
@Component
class TenantLists {

    /** A tier with its rank: higher ranks are higher tiers. */
    record Tier(UUID id, String name, int rank) {
    }

    private final JdbcTemplate jdbc;

    TenantLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Option> channels() {
        return jdbc.query("select id, name from acquisition_channel order by lower(name)",
                (rs, row) -> new Option(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    boolean allChannelsExist(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        Integer found = jdbc.queryForObject("select count(*) from acquisition_channel where id = any(?)",
                Integer.class, (Object) ids.toArray(UUID[]::new));
        return found != null && found == ids.size();
    }

    List<Tier> tiers() {
        return jdbc.query("select id, name, rank from member_tier order by rank",
                (rs, row) -> new Tier(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)));
    }

    Optional<Tier> tier(UUID id) {
        return jdbc.query("select id, name, rank from member_tier where id = ?",
                (rs, row) -> new Tier(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)), id)
                .stream().findFirst();
    }

    /** Enabled staff who may own an invitation code for referral attribution. */
    List<Option> staff() {
        return jdbc.query("""
                        select id, display_name from user_account
                        where role in ('TENANT_ADMIN', 'OPERATOR') and enabled order by lower(display_name)""",
                (rs, row) -> new Option(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    boolean isStaff(UUID userId) {
        Integer found = jdbc.queryForObject("""
                select count(*) from user_account where id = ? and role in ('TENANT_ADMIN', 'OPERATOR')""",
                Integer.class, userId);
        return found != null && found > 0;
    }
}
