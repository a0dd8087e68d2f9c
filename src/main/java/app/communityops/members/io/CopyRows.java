package app.communityops.members.io;

import app.communityops.members.MembershipStatus;
import app.communityops.shared.Uuids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Encodes checked rows in PostgreSQL's COPY text format, a batch at a time. Ids are made here (UUID v7, like
 * every id of the application); the database decides later which of them are used.
 */
final class CopyRows {

    static final String COLUMNS = "line, name, nickname, handle, phone, email, tags, channel_id, tier_id,"
            + " lifetime_purchase, notes, external_id, status, joined_at, applied_at, new_member_id, membership_id,"
            + " event_id";

    private final Instant now;
    private final StringBuilder line = new StringBuilder(512);
    private final ByteArrayOutputStream batch = new ByteArrayOutputStream(1 << 20);
    private int rows;

    CopyRows(Instant now) {
        this.now = now;
    }

    void add(ImportRow row) {
        line.setLength(0);
        Instant applied = row.joinedAt() != null ? row.joinedAt() : now;
        field(Long.toString(row.line()));
        field(row.name());
        field(row.nickname());
        field(row.handle());
        field(row.phone());
        field(row.email());
        field(row.tags() == null ? null : String.join("|", row.tags()));
        field(text(row.channelId()));
        field(text(row.tierId()));
        field(row.lifetimePurchase() == null ? null : row.lifetimePurchase().toPlainString());
        field(row.notes());
        field(row.externalId());
        field(row.status().name());
        field(row.status() == MembershipStatus.JOINED ? applied.toString() : null);
        field(applied.toString());
        field(Uuids.v7().toString());
        field(Uuids.v7().toString());
        field(Uuids.v7().toString());
        line.setCharAt(line.length() - 1, '\n');
        batch.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
    }

    int rows() {
        return rows;
    }

    /** The rows encoded since the last call, ready for COPY ... FROM STDIN. */
    byte[] take() {
        byte[] data = batch.toByteArray();
        batch.reset();
        rows = 0;
        return data;
    }

    private void field(@Nullable String value) {
        if (value == null) {
            line.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        line.append('\t');
    }

    private static @Nullable String text(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
