package app.communityops.members;

import app.communityops.shared.Access;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's standing across all of the tenant's records, found by email as {@link ContactKeys} keys it, for
 * screening's tier and purchase checks of a join page's applicant who proved that address
 * (docs/decisions/0051-the-way-in.md). It looks past the caller's reach on purpose, and answers only a tier and an
 * amount, never whose they are. The address is looked up by index (changelog 11-M1); it is asked only after the
 * mailed code came back right, so how long it takes tells a prober nothing.
 */
@Service
@PreAuthorize(Access.STAFF_OR_APPLICANT)
public class MemberStandingService {

    private final JdbcClient jdbc;

    MemberStandingService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public RecordStanding byEmail(String email) {
        String address = ContactKeys.email(email);
        if (address == null) {
            return new RecordStanding(null, null, BigDecimal.ZERO);
        }
        return jdbc.sql("""
                        with matched as (
                            select m.tier_id, t.rank, m.lifetime_purchase
                            from member m
                            left join member_tier t on t.tenant_id = m.tenant_id and t.id = m.tier_id
                            where lower(m.email) = :email and m.email is not null)
                        select (select tier_id from matched where rank is not null order by rank desc limit 1) as tier_id,
                               (select max(rank) from matched) as tier_rank,
                               coalesce((select max(lifetime_purchase) from matched), 0) as lifetime""")
                .param("email", address)
                .query((rs, row) -> new RecordStanding(rs.getObject("tier_id", UUID.class),
                        rs.getObject("tier_rank", Integer.class), rs.getBigDecimal("lifetime")))
                .single();
    }
}
