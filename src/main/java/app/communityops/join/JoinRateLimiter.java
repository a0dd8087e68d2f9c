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
    private final Limits checks;

    /** The pre-check's own buckets: it is the probe someone walking through phone numbers would use. */
    record Limits(double addressBurst, double addressPerSecond, double communityBurst, double communityPerSecond) {
    }

    JoinRateLimiter(JdbcClient jdbc,
                    @Value("${communityops.join.address-burst:5}") double addressBurst,
                    @Value("${communityops.join.address-per-hour:10}") double addressPerHour,
                    @Value("${communityops.join.community-burst:60}") double communityBurst,
                    @Value("${communityops.join.community-per-hour:600}") double communityPerHour,
                    @Value("${communityops.join.check-address-burst:3}") double checkAddressBurst,
                    @Value("${communityops.join.check-address-per-hour:6}") double checkAddressPerHour,
                    @Value("${communityops.join.check-community-burst:20}") double checkCommunityBurst,
                    @Value("${communityops.join.check-community-per-hour:120}") double checkCommunityPerHour) {
        this.jdbc = jdbc;
        this.addressBurst = addressBurst;
        this.addressPerSecond = addressPerHour / 3600;
        this.communityBurst = communityBurst;
        this.communityPerSecond = communityPerHour / 3600;
        this.checks = new Limits(checkAddressBurst, checkAddressPerHour / 3600, checkCommunityBurst,
                checkCommunityPerHour / 3600);
    }

    /**
     * Takes a token of both buckets; false when either is empty (then neither is charged beyond its refill). The
     * address is counted as sign-in counts it: an IPv6 address by its /64, which one subscriber holds whole.
     */
    boolean allow(String clientAddress, UUID communityId) {
        return take("address:" + address(clientAddress), addressPerSecond, addressBurst)
                && take("community:" + communityId, communityPerSecond, communityBurst);
    }

    /**
     * A pre-check of standing: a token of its own, smaller buckets first, then of the buckets applications share,
     * so checking also counts against applying from the same address and community.
     */
    boolean allowCheck(String clientAddress, UUID communityId) {
        return take("check-address:" + address(clientAddress), checks.addressPerSecond(), checks.addressBurst())
                && take("check-community:" + communityId, checks.communityPerSecond(), checks.communityBurst())
                && allow(clientAddress, communityId);
    }

    /** The address as sign-in counts it (an IPv6 address by its /64), hashed. */
    private static String address(String clientAddress) {
        return JoinTokens.sha256(ClientAddress.counted(clientAddress)).substring(0, 40);
    }

    private boolean take(String bucket, double rate, double burst) {
        Double wait = jdbc.sql("select join_rate_take(?, ?, ?)").params(bucket, rate, burst).query(Double.class)
                .single();
        return wait != null && wait == 0;
    }
}
