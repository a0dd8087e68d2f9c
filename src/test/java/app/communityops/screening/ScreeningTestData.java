package app.communityops.screening;

import app.communityops.members.MemberForm;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows the screening tests need that other features own (tiers, channels) or that only time would produce. */
@Component
public class ScreeningTestData {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ScreeningTestData(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public UUID tier(Fixture tenant, String name, int rank) {
        UUID id = Uuids.v7();
        update(tenant, "insert into member_tier (tenant_id, id, name, rank, created_at, version)"
                + " values (current_tenant_id(), ?, ?, ?, now(), 0)", id, name, rank);
        return id;
    }

    public UUID channel(Fixture tenant, String name) {
        UUID id = Uuids.v7();
        update(tenant, "insert into acquisition_channel (tenant_id, id, name, created_at, version)"
                + " values (current_tenant_id(), ?, ?, now(), 0)", id, name);
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
}
