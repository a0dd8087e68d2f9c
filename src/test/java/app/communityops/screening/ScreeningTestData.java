package app.communityops.screening;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberTestData;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.TenantContext;
import app.communityops.shared.Uuids;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows the screening tests need that other features own (tiers and channels, through {@link MemberTestData}) or
 * that only time would produce.
 */
@Component
public class ScreeningTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MemberTestData members;

    ScreeningTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MemberTestData members) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.members = members;
    }

    public UUID tier(Fixture tenant, String name, int rank) {
        return members.tier(tenant.tenantId(), name, rank);
    }

    public UUID channel(Fixture tenant, String name) {
        return members.channel(tenant.tenantId(), name);
    }

    /** A red line of the community, written straight to the table (for members' tests of warnings). */
    public UUID redLine(UUID tenantId, UUID communityId, String text) {
        UUID id = Uuids.v7();
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into red_line (tenant_id, id, community_id, text, created_at, version)
                values (current_tenant_id(), ?, ?, ?, now(), 0)""", id, communityId, text)));
        return id;
    }

    public int update(Fixture tenant, String sql, Object... args) {
        Integer rows = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> jdbc.update(sql, args)));
        return rows == null ? 0 : rows;
    }

    public <T> List<T> column(Fixture tenant, String sql, Class<T> type, Object... args) {
        return TenantContext.callAs(tenant.tenantId(),
                () -> transactions.execute(status -> jdbc.queryForList(sql, type, args)));
    }

    public void setCapacity(Fixture tenant, UUID communityId, @Nullable Integer capacity) {
        update(tenant, "update community set member_capacity = ? where id = ?", capacity, communityId);
    }

    public void setActivity(Fixture tenant, UUID membershipId, Instant joinedAt, @Nullable Instant lastActiveAt) {
        update(tenant, "update membership set joined_at = ?, last_active_at = ? where id = ?",
                Timestamp.from(joinedAt), lastActiveAt == null ? null : Timestamp.from(lastActiveAt), membershipId);
    }

    public static MemberForm member(String handle) {
        return member(handle, null, BigDecimal.ZERO);
    }

    public static MemberForm member(String handle, @Nullable UUID tierId, BigDecimal lifetimePurchase) {
        MemberForm form = new MemberForm();
        form.setName("Member " + handle);
        form.setHandle(handle);
        form.setTierId(tierId);
        form.setLifetimePurchase(lifetimePurchase);
        return form;
    }

    public static <T> T as(AppPrincipal user, java.util.function.Supplier<T> work) {
        return SignedIn.as(user, work);
    }

    /**
     * The community's screening policy: condition review alone, by the criteria given, so a reviewer's approval lets
     * an applicant in. Written straight to the table in the caller's transaction and tenant (for the load data).
     */
    public static int conditionReviewPolicy(JdbcOperations jdbc, UUID communityId, String criteria) {
        return jdbc.update("""
                insert into screening_policy (tenant_id, community_id, combine, condition_review, condition_criteria,
                                              version)
                values (current_tenant_id(), ?, 'ALL', true, ?, 0)""", communityId, criteria);
    }
}
