package app.communityops.members;

import app.communityops.screening.ScreeningMechanism;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way tests create members, memberships, their history, tiers and channels without going through the
 * screens' services: hand-made rows written straight to the tables of one tenant (through RLS, as the app role).
 * Tests of other features use it too, so a change to the members' tables is made here once.
 */
@Component
public class MemberTestData {

    /** One member with one membership; fields left null take plain defaults. */
    public record Spec(String name, String handle, MembershipStatus status, Set<String> tags,
                       Set<ScreeningMechanism> mechanisms, @Nullable UUID channelId, @Nullable UUID tierId,
                       Instant appliedAt, @Nullable Instant joinedAt, @Nullable Instant lastActiveAt, int warnings) {

        public static Spec of(String name, String handle, MembershipStatus status) {
            Instant applied = Instant.parse("2026-01-01T00:00:00Z");
            Instant joined = status == MembershipStatus.JOINED ? applied.plusSeconds(86_400) : null;
            return new Spec(name, handle, status, Set.of(), Set.of(), null, null, applied, joined, joined, 0);
        }

        public Spec tags(String... values) {
            return new Spec(name, handle, status, Set.of(values), mechanisms, channelId, tierId, appliedAt, joinedAt,
                    lastActiveAt, warnings);
        }

        public Spec mechanisms(ScreeningMechanism... values) {
            return new Spec(name, handle, status, tags, Set.of(values), channelId, tierId, appliedAt, joinedAt,
                    lastActiveAt, warnings);
        }

        public Spec channel(@Nullable UUID value) {
            return new Spec(name, handle, status, tags, mechanisms, value, tierId, appliedAt, joinedAt, lastActiveAt,
                    warnings);
        }

        public Spec tier(@Nullable UUID value) {
            return new Spec(name, handle, status, tags, mechanisms, channelId, value, appliedAt, joinedAt,
                    lastActiveAt, warnings);
        }

        public Spec dates(Instant applied, @Nullable Instant joined, @Nullable Instant active) {
            return new Spec(name, handle, status, tags, mechanisms, channelId, tierId, applied, joined, active,
                    warnings);
        }

        public Spec warnings(int value) {
            return new Spec(name, handle, status, tags, mechanisms, channelId, tierId, appliedAt, joinedAt,
                    lastActiveAt, value);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    MemberTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The tenant admin's grant of member contact details to the client's users (decision 0021). */
    public void grantContactAccess(UUID tenantId, UUID clientId) {
        inTenant(tenantId, () -> jdbc.update("update client set contact_access = true where id = ?", clientId));
    }

    /** A member and its membership, as {@link #addOne} created them. */
    public record Added(UUID member, UUID membership) {
    }

    /** Inserts the members into the community; returns the membership ids in the given order. */
    public List<UUID> add(UUID tenantId, UUID communityId, List<Spec> specs) {
        return inTenant(tenantId, () -> {
            List<UUID> ids = new ArrayList<>();
            for (Spec spec : specs) {
                ids.add(addOne(tenantId, communityId, spec).membership());
            }
            return ids;
        });
    }

    /** Inserts one member with its membership of the community. */
    public Added addOne(UUID tenantId, UUID communityId, Spec spec) {
        return inTenant(tenantId, () -> {
            UUID member = Uuids.v7();
            jdbc.update("""
                    insert into member (tenant_id, id, name, handle, tags, channel_id, tier_id, created_at, version)
                    values (current_tenant_id(), ?, ?, ?, ?::varchar[], ?, ?, now(), 0)""",
                    member, spec.name(), spec.handle(), array(spec.tags()), spec.channelId(), spec.tierId());
            return new Added(member, membership(tenantId, communityId, member, spec));
        });
    }

    /** Another membership of an existing member, with the member's name and handle as the spec gives them. */
    public UUID membership(UUID tenantId, UUID communityId, UUID memberId, Spec spec) {
        UUID membership = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into membership (tenant_id, id, community_id, member_id, status, member_name,
                                        member_handle, channel_id, tier_id, tags, mechanisms, applied_at,
                                        joined_at, last_active_at, warning_count, created_at, version)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?, ?, ?, ?,
                        now(), 0)""",
                membership, communityId, memberId, spec.status().name(), spec.name(), spec.handle(),
                spec.channelId(), spec.tierId(), array(spec.tags()),
                array(spec.mechanisms().stream().map(Enum::name).toList()), Timestamp.from(spec.appliedAt()),
                timestamp(spec.joinedAt()), timestamp(spec.lastActiveAt()), spec.warnings()));
        return membership;
    }

    /** One step of a membership's history, in the membership's community; the membership itself is left as it is. */
    public void event(UUID tenantId, UUID membershipId, MembershipEventType type, Instant at) {
        event(tenantId, Uuids.v7(), membershipId, type, at);
    }

    /** {@link #event(UUID, UUID, MembershipEventType, Instant)} with a chosen id (tests that order by id). */
    public void event(UUID tenantId, UUID eventId, UUID membershipId, MembershipEventType type, Instant at) {
        inTenant(tenantId, () -> jdbc.update("""
                insert into membership_event (tenant_id, id, membership_id, community_id, type, occurred_at)
                select current_tenant_id(), ?, id, community_id, ?, ? from membership where id = ?""",
                eventId, type.name(), Timestamp.from(at), membershipId));
    }

    /**
     * A stay event (JOINED, LEFT or ELIMINATED) recorded and the membership moved with it: a join sets the joined
     * date and clears the left one, a departure sets the left date.
     */
    public void stay(UUID tenantId, UUID membershipId, MembershipEventType type, Instant at) {
        event(tenantId, membershipId, type, at);
        inTenant(tenantId, () -> type == MembershipEventType.JOINED
                ? jdbc.update("update membership set status = 'JOINED', joined_at = ?, left_at = null where id = ?",
                        Timestamp.from(at), membershipId)
                : jdbc.update("update membership set status = ?, left_at = ? where id = ?", type.name(),
                        Timestamp.from(at), membershipId));
    }

    /** A screening decision on the membership, at that time. */
    public void decided(UUID tenantId, UUID membershipId, MembershipStatus status, Instant at) {
        inTenant(tenantId, () -> jdbc.update("update membership set status = ?, decided_at = ? where id = ?",
                status.name(), Timestamp.from(at), membershipId));
    }

    /**
     * Many joined members at once, named from a handful of names so that the order has long runs of ties, with
     * applied dates that repeat too.
     */
    public void addMany(UUID tenantId, UUID communityId, int count, int distinctNames) {
        inTenant(tenantId, () -> {
            jdbc.update("""
                    insert into member (tenant_id, id, name, handle, created_at, version)
                    select current_tenant_id(), md5(? || g)::uuid, 'Name ' || (g % ?), 'bulk-' || ? || '-' || g, now(), 0
                    from generate_series(1, ?) g""", communityId.toString(), distinctNames, communityId.toString(),
                    count);
            jdbc.update("""
                    insert into membership (tenant_id, id, community_id, member_id, status, member_name, member_handle,
                                            applied_at, joined_at, created_at, version)
                    select current_tenant_id(), md5('ms' || ? || g)::uuid, ?, md5(? || g)::uuid, 'JOINED',
                           'Name ' || (g % ?), 'bulk-' || ? || '-' || g,
                           timestamptz '2026-01-01' + ((g % 97) || ' hours')::interval,
                           timestamptz '2026-02-01' + ((g % 13) || ' days')::interval, now(), 0
                    from generate_series(1, ?) g""", communityId.toString(), communityId, communityId.toString(),
                    distinctNames, communityId.toString(), count);
            return null;
        });
    }

    public UUID tier(UUID tenantId, String name, int rank) {
        UUID id = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into member_tier (tenant_id, id, name, rank, created_at, version)
                values (current_tenant_id(), ?, ?, ?, now(), 0)""", id, name, rank));
        return id;
    }

    public UUID channel(UUID tenantId, String name) {
        UUID id = Uuids.v7();
        inTenant(tenantId, () -> jdbc.update("""
                insert into acquisition_channel (tenant_id, id, name, created_at, version)
                values (current_tenant_id(), ?, ?, now(), 0)""", id, name));
        return id;
    }

    public void setCapacity(UUID tenantId, UUID communityId, int capacity) {
        inTenant(tenantId, () -> jdbc.update("update community set member_capacity = ? where id = ?", capacity,
                communityId));
    }

    public String status(UUID tenantId, UUID membershipId) {
        return inTenant(tenantId, () -> jdbc.queryForObject("select status from membership where id = ?",
                String.class, membershipId));
    }

    public int events(UUID tenantId, UUID membershipId) {
        return inTenant(tenantId, () -> jdbc.queryForObject(
                "select count(*) from membership_event where membership_id = ?", Integer.class, membershipId));
    }

    public <T> T inTenant(UUID tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }

    private static String array(java.util.Collection<String> values) {
        StringBuilder text = new StringBuilder("{");
        for (String value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text.append('}').toString();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
