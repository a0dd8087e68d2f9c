package app.communityops.money;

import app.communityops.shared.UserFacingException;
import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A settled partner-month is frozen: nothing that would change its commission may be dated into it. Refunds are
 * dated when they are recorded, so a refund after settlement lands in a later month as an adjustment.
 */
@Component
class SettledMonths {

    private final JdbcTemplate jdbc;

    SettledMonths(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void requireOpen(@Nullable UUID partnerId, Instant at, ZoneId zone, String field) {
        if (partnerId == null) {
            return;
        }
        YearMonth month = YearMonth.from(at.atZone(zone));
        Integer settled = jdbc.queryForObject(
                "select count(*) from commission_settlement where partner_id = ? and month = ?", Integer.class,
                partnerId, Date.valueOf(month.atDay(1)));
        if (settled != null && settled > 0) {
            throw new UserFacingException("money.commission.error.monthSettled", field, month.toString());
        }
    }
}
