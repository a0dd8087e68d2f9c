package app.communityops.report;

import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed download links to a delivered report's PDF (decision 0041). A link names the tenant, the version, the
 * recipient and its expiry, and carries an HMAC-SHA256 of them under the tenant's own key
 * ({@code report_delivery_setting.link_key}); nothing about a link is stored. A forged, altered, expired or
 * unknown link is "not found", all alike. Opening a link counts as the recipient opening the report.
 */
@Component
class ReportLinks {

    /** The path the links live under; the download chain lets anyone in there. */
    static final String PATH = "/report-links/";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{75}\\.[A-Za-z0-9_-]{43}");
    private static final int PAYLOAD = 16 * 3 + 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a valid link opens. */
    record Opened(String fileName, byte[] pdf) {
    }

    private final ReportDeliveryQueries queries;
    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportLinks(ReportDeliveryQueries queries, TenantDirectory tenants,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.queries = queries;
        this.tenants = tenants;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** A link's token for the recipient, valid until {@code expires}; in the caller's tenant and transaction. */
    String sign(UUID deliveryId, UUID recipientId, Instant expires) {
        UUID tenant = TenantContext.current().orElseThrow();
        byte[] key = queries.linkKey(newKey(), clock.instant());
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD);
        put(payload, tenant);
        put(payload, deliveryId);
        put(payload, recipientId);
        payload.putLong(expires.getEpochSecond());
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload.array()) + "." + base64.encodeToString(mac(key, payload.array()));
    }

    /** The PDF a token opens, if it is genuine, unexpired and its report still exists. Runs without a tenant. */
    Optional<Opened> open(String token) {
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(payload);
        UUID tenant = new UUID(read.getLong(), read.getLong());
        UUID delivery = new UUID(read.getLong(), read.getLong());
        UUID recipient = new UUID(read.getLong(), read.getLong());
        Instant expires = Instant.ofEpochSecond(read.getLong());
        if (!expires.isAfter(clock.instant()) || tenants.find(tenant).filter(t -> t.active()).isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            Optional<byte[]> key = queries.existingLinkKey();
            if (key.isEmpty() || !MessageDigest.isEqual(mac(key.get(), payload), signature)) {
                return Optional.<Opened>empty();
            }
            Optional<Opened> opened = queries.deliveredPdf(delivery)
                    .map(pdf -> new Opened(pdf.fileName(), pdf.bytes()));
            opened.ifPresent(found -> queries.markOpened(delivery, recipient, clock.instant()));
            return opened;
        }));
    }

    private static void put(ByteBuffer buffer, UUID id) {
        buffer.putLong(id.getMostSignificantBits());
        buffer.putLong(id.getLeastSignificantBits());
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 not available", e);
        }
    }
}
