package app.communityops.money.io;

import app.communityops.money.OfferService;
import app.communityops.money.OfferSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an orders file's names stand for in one community, read once per import: its members by handle and by
 * external id, the tenant's partners by name, the community's offers by name, and the orders it already has.
 * Every query runs under the tenant's row-level security, so another tenant's names are simply unknown.
 */
@Component
class OrderLookups {

    private final JdbcTemplate jdbc;
    private final OfferService offers;

    OrderLookups(JdbcTemplate jdbc, OfferService offers) {
        this.jdbc = jdbc;
        this.offers = offers;
    }

    /** Names in a community; keys are lower case. */
    record Names(Map<String, UUID> memberHandles, Map<String, UUID> memberExternalIds, Map<String, UUID> partners,
                 Map<String, List<OfferSummary>> offers) {

        @Nullable UUID member(String handleOrExternalId) {
            UUID byHandle = memberHandles.get(handleOrExternalId.toLowerCase(Locale.ROOT));
            return byHandle != null ? byHandle : memberExternalIds.get(handleOrExternalId);
        }
    }

    /** The orders a community has: their external ids, and the natural keys of all of them. */
    record Existing(Set<String> references, Set<String> naturalKeys) {
    }

    Names of(UUID communityId) {
        Map<String, UUID> handles = new HashMap<>();
        Map<String, UUID> externalIds = new HashMap<>();
        jdbc.query("""
                select m.id, lower(m.handle), m.external_id from membership x join member m on m.id = x.member_id
                where x.community_id = ?""", rs -> {
            UUID id = rs.getObject(1, UUID.class);
            handles.put(rs.getString(2), id);
            if (rs.getString(3) != null) {
                externalIds.put(rs.getString(3), id);
            }
        }, communityId);
        Map<String, UUID> partners = new HashMap<>();
        jdbc.query("select lower(name), id from partner",
                rs -> { partners.put(rs.getString(1), rs.getObject(2, UUID.class)); });
        Map<String, List<OfferSummary>> byName = new HashMap<>();
        for (OfferSummary offer : offers.forCommunity(communityId)) {
            byName.computeIfAbsent(offer.name().strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>()).add(offer);
        }
        return new Names(handles, externalIds, partners, byName);
    }

    Existing existing(UUID communityId) {
        Set<String> references = new HashSet<>();
        Set<String> keys = new HashSet<>();
        jdbc.query("select reference, member_id, offer_id, paid_at, amount from money_order where community_id = ?",
                rs -> {
                    if (rs.getString(1) != null) {
                        references.add(rs.getString(1));
                    }
                    keys.add(naturalKey(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getTimestamp(4).toInstant(), rs.getBigDecimal(5)));
                }, communityId);
        return new Existing(references, keys);
    }

    static String naturalKey(UUID memberId, UUID offerId, Instant paidAt, BigDecimal amount) {
        return memberId + "|" + offerId + "|" + paidAt + "|" + amount.stripTrailingZeros().toPlainString();
    }
}
