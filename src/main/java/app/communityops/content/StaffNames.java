package app.communityops.content;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the tenant's staff (the security feature's accounts) for authors; in the caller's transaction, so row-level
 * security limits it to the tenant.
 */
@Component
class StaffNames {

    private final JdbcTemplate jdbc;

    StaffNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffOption> staff() {
        return jdbc.query("""
                        select id, display_name from user_account
                        where role in ('TENANT_ADMIN', 'OPERATOR') and enabled order by lower(display_name)""",
                (rs, row) -> new StaffOption(rs.getObject(1, UUID.class), rs.getString(2)));
    }

    boolean isStaff(UUID userId) {
        Integer found = jdbc.queryForObject("""
                select count(*) from user_account where id = ? and role in ('TENANT_ADMIN', 'OPERATOR')""",
                Integer.class, userId);
        return found != null && found > 0;
    }
}
