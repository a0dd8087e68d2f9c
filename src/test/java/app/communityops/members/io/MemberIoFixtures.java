package app.communityops.members.io;

import app.communityops.members.MemberTestData;
import app.communityops.shared.TenantContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenant data the import and export tests need (tiers, channels, limits), and a look at what was written. */
@Component
public class MemberIoFixtures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MemberTestData members;

    MemberIoFixtures(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MemberTestData members) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.members = members;
    }

    public UUID tier(UUID tenantId, String name, int rank) {
        return members.tier(tenantId, name, rank);
    }

    public UUID channel(UUID tenantId, String name) {
        return members.channel(tenantId, name);
    }

    public void capacity(UUID tenantId, UUID communityId, Integer capacity) {
        inTenant(tenantId, () -> jdbc.update("update community set member_capacity = ? where id = ?", capacity,
                communityId));
    }

    public void archive(UUID tenantId, UUID communityId) {
        inTenant(tenantId, () -> jdbc.update("update community set status = 'ARCHIVED' where id = ?", communityId));
    }

    public void maxMembers(UUID tenantId, int limit) {
        transactions.executeWithoutResult(s -> jdbc.update("update tenant set max_members = ? where id = ?", limit,
                tenantId));
    }

    public long count(UUID tenantId, String sql, Object... arguments) {
        return inTenant(tenantId, () -> jdbc.queryForObject(sql, Long.class, arguments));
    }

    public List<Map<String, Object>> rows(UUID tenantId, String sql, Object... arguments) {
        return inTenant(tenantId, () -> jdbc.queryForList(sql, arguments));
    }

    public void update(UUID tenantId, String sql, Object... arguments) {
        inTenant(tenantId, () -> jdbc.update(sql, arguments));
    }

    public static Path file(Path dir, String text, Charset charset) {
        try {
            Path file = Files.createTempFile(dir, "members", ".csv");
            Files.writeString(file, text, charset);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T inTenant(UUID tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status -> work.get()));
    }
}
