package app.communityops.members;

import app.communityops.shared.Access;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's standing across all of the tenant's records, found by phone or email as {@link ContactKeys} keys them,
 * for screening's tier and purchase checks of a join page's applicant (docs/decisions/0051-the-way-in.md). It looks
 * past the caller's reach on purpose, and answers only a tier and an amount, never whose they are. One statement
 * that reads the same rows whether or not anyone matches, so a known and an unknown person take the same time.
 */
@Service
@PreAuthorize(Access.STAFF_OR_APPLICANT)
public class MemberStandingService {

    private final JdbcClient jdbc;

    MemberStandingService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public RecordStanding byContact(@Nullable String phone, @Nullable String email) {
        String digits = ContactKeys.phone(phone);
        String address = ContactKeys.email(email);
        return jdbc.sql("""
                        with matched as (
                            select m.tier_id, t.rank, m.lifetime_purchase
                            from member m
                            cross join lateral (select regexp_replace(coalesce(m.phone, ''), '[^0-9]', '', 'g') as d) p
                            left join member_tier t on t.tenant_id = m.tenant_id and t.id = m.tier_id
                            where (:phone <> '' and :phone = case when length(p.d) = 13 and p.d like '86%'
                                                                  then substr(p.d, 3) else p.d end)
                               or (:email <> '' and lower(m.email) = :email))
                        select (select tier_id from matched where rank is not null order by rank desc limit 1) as tier_id,
                               (select max(rank) from matched) as tier_rank,
                               coalesce((select max(lifetime_purchase) from matched), 0) as lifetime""")
                .param("phone", digits == null ? "" : digits).param("email", address == null ? "" : address)
                .query((rs, row) -> new RecordStanding(rs.getObject("tier_id", UUID.class),
                        rs.getObject("tier_rank", Integer.class), rs.getBigDecimal("lifetime")))
                .single();
    }
}
