package app.communityops.join;

import app.communityops.security.ClientAddress;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often applications may be filed: per client address and per community, as token buckets in the database of
 * the link's tenant (decision 0029: every node sees them). The address is kept hashed. A refused attempt costs
 * nothing more than the check, so a flood stops here, before screening and before any member is written.
 * Called in a transaction of its own, so what it took stays taken when the application itself fails.
 */
@Component
class JoinRateLimiter {

    private final JdbcClient jdbc;
    private final double addressBurst;
    private final double addressPerSecond;
    private final double communityBurst;
    private final double communityPerSecond;

    JoinRateLimiter(JdbcClient jdbc,
                    @Value("${communityops.join.address-burst:5}") double addressBurst,
                    @Value("${communityops.join.address-per-hour:10}") double addressPerHour,
                    @Value("${communityops.join.community-burst:60}") double communityBurst,
                    @Value("${communityops.join.community-per-hour:600}") double communityPerHour) {
        this.jdbc = jdbc;
        this.addressBurst = addressBurst;
        this.addressPerSecond = addressPerHour / 3600;
        this.communityBurst = communityBurst;
        this.communityPerSecond = communityPerHour / 3600;
    }

    /**
     * Takes a token of both buckets; false when either is empty (then neither is charged beyond its refill). The
     * address is counted as sign-in counts it: an IPv6 address by its /64, which one subscriber holds whole.
     */
    boolean allow(String clientAddress, UUID communityId) {
        String counted = ClientAddress.counted(clientAddress);
        return take("address:" + JoinTokens.sha256(counted).substring(0, 40), addressPerSecond, addressBurst)
                && take("community:" + communityId, communityPerSecond, communityBurst);
    }

    private boolean take(String bucket, double rate, double burst) {
        Double wait = jdbc.sql("select join_rate_take(?, ?, ?)").params(bucket, rate, burst).query(Double.class)
                .single();
        return wait != null && wait == 0;
    }
}
