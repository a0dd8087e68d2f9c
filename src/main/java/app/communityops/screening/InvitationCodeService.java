package app.communityops.screening;

import app.communityops.members.MemberFieldPolicy;
import app.communityops.members.MemberFields;
import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitation codes of a community (定向邀请): generated singly or in batches, listed with what they brought in. */
@Service
@PreAuthorize(Access.STAFF)
public class InvitationCodeService {

    private final InvitationCodeRepository codes;
    private final JdbcTemplate jdbc;
    private final TenantLists lists;
    private final CommunityService access;
    private final Clock clock;
    private final MemberFieldPolicy fieldPolicy;

    InvitationCodeService(InvitationCodeRepository codes, JdbcTemplate jdbc, TenantLists lists,
                          CommunityService access, Clock clock, MemberFieldPolicy fieldPolicy) {
        this.fieldPolicy = fieldPolicy;
        this.codes = codes;
        this.jdbc = jdbc;
        this.lists = lists;
        this.access = access;
        this.clock = clock;
    }

    /** The day the user picks is the last valid day, to its end in the user's time zone. */
    @Transactional
    public List<String> generate(UUID communityId, CodeBatchForm form, ZoneId zone) {
        access.writable(communityId);
        int count = Objects.requireNonNull(form.getCount(), "count");
        int quota = Objects.requireNonNull(form.getQuota(), "quota");
        Instant expiresAt = form.getValidUntil() == null ? null
                : form.getValidUntil().plusDays(1).atStartOfDay(zone).toInstant();
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw new UserFacingException("screening.code.error.pastExpiry", "validUntil");
        }
        checkOwner(communityId, form.getOwnerUserId(), form.getOwnerMemberId());
        Set<String> batch = new HashSet<>();
        List<String> generated = new ArrayList<>();
        while (generated.size() < count) {
            String code = CodeGenerator.next();
            if (batch.add(code) && !codes.codeTaken(code)) {
                codes.save(new InvitationCode(communityId, code, quota, expiresAt, form.getOwnerUserId(),
                        form.getOwnerMemberId()));
                generated.add(code);
            }
        }
        codes.flush();
        return generated;
    }

    @Transactional(readOnly = true)
    public List<InvitationCodeSummary> list(UUID communityId, int offset, int limit) {
        access.writable(communityId);
        Instant now = clock.instant();
        return jdbc.query("""
                        select c.id, c.code, c.quota, c.uses, c.expires_at, coalesce(u.display_name, m.name),
                               (select count(*) from membership ms where ms.invitation_code_id = c.id), c.created_at
                        from invitation_code c
                        left join user_account u on u.tenant_id = c.tenant_id and u.id = c.owner_user_id
                        left join member m on m.tenant_id = c.tenant_id and m.id = c.owner_member_id
                        where c.community_id = ?
                        order by c.created_at desc, c.id desc limit ? offset ?""",
                (rs, row) -> {
                    Timestamp expires = rs.getTimestamp(5);
                    Instant expiresAt = expires == null ? null : expires.toInstant();
                    int quota = rs.getInt(3);
                    int uses = rs.getInt(4);
                    return new InvitationCodeSummary(rs.getObject(1, UUID.class), rs.getString(2), quota, uses,
                            expiresAt, rs.getString(6), status(quota, uses, expiresAt, now), rs.getInt(7),
                            rs.getTimestamp(8).toInstant());
                }, communityId, limit, offset);
    }

    @Transactional(readOnly = true)
    public int count(UUID communityId) {
        access.writable(communityId);
        Integer count = jdbc.queryForObject("select count(*) from invitation_code where community_id = ?",
                Integer.class, communityId);
        return count == null ? 0 : count;
    }

    /** The applicants a code brought in, newest first (at most 200: a referral list, not an export). */
    @Transactional(readOnly = true)
    public List<BroughtInMember> broughtIn(UUID codeId) {
        UUID communityId = jdbc.query("select community_id from invitation_code where id = ?",
                (rs, row) -> rs.getObject(1, UUID.class), codeId).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        access.writable(communityId);
        MemberFields fields = fieldPolicy.forCommunity(communityId);
        return jdbc.query("""
                        select id, member_name, member_handle, status, applied_at from membership
                        where invitation_code_id = ? order by applied_at desc, id desc limit 200""",
                (rs, row) -> new BroughtInMember(rs.getObject(1, UUID.class), rs.getString(2),
                        fields.contact(rs.getString(3)),
                        MembershipStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()), codeId);
    }

    /** Staff who may own codes. */
    @Transactional(readOnly = true)
    public List<Option> staffOwners() {
        return lists.staff();
    }

    /** Members of the community matching a name or handle, as possible code owners (referrers). */
    @Transactional(readOnly = true)
    public List<Option> memberOwners(UUID communityId, String search, int limit) {
        access.writable(communityId);
        String pattern = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("""
                        select member_id, member_name || ' (' || member_handle || ')' from membership
                        where community_id = ? and status = 'JOINED'
                          and (member_name ilike ? or member_handle ilike ?)
                        order by member_name, id limit ?""",
                (rs, row) -> new Option(rs.getObject(1, UUID.class), rs.getString(2)), communityId, pattern, pattern,
                Math.min(Math.max(limit, 1), 50));
    }

    private void checkOwner(UUID communityId, @Nullable UUID ownerUserId, @Nullable UUID ownerMemberId) {
        if (ownerUserId != null && ownerMemberId != null) {
            throw new UserFacingException("screening.code.error.oneOwner", "ownerMemberId");
        }
        if (ownerUserId != null && !lists.isStaff(ownerUserId)) {
            throw new UserFacingException("screening.code.error.ownerUnknown", "ownerUserId");
        }
        if (ownerMemberId != null) {
            Integer found = jdbc.queryForObject(
                    "select count(*) from membership where community_id = ? and member_id = ?", Integer.class,
                    communityId, ownerMemberId);
            if (found == null || found == 0) {
                throw new UserFacingException("screening.code.error.ownerUnknown", "ownerMemberId");
            }
        }
    }

    static CodeStatus status(int quota, int uses, @Nullable Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return CodeStatus.EXPIRED;
        }
        return uses >= quota ? CodeStatus.EXHAUSTED : CodeStatus.ACTIVE;
    }
}
