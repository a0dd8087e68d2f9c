package app.communityops.members.io;

import app.communityops.members.MembershipStatus;
import app.communityops.shared.Uuids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;

/**
 * Streams checked rows into the import table with PostgreSQL's COPY (text format), a chunk at a time, so the
 * file is never held in memory as rows. Ids are made here (UUID v7, like every id of the application); the
 * database decides later which of them are used.
 */
final class CopyRows implements AutoCloseable {

    static final String COLUMNS = "line, name, nickname, handle, phone, email, tags, channel_id, tier_id,"
            + " lifetime_purchase, notes, external_id, status, joined_at, applied_at, new_member_id, membership_id,"
            + " applied_event_id, status_event_id";

    private static final int CHUNK = 1 << 18;

    private final CopyIn copy;
    private final Instant now;
    private final StringBuilder line = new StringBuilder(512);
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + (CHUNK >> 2));

    CopyRows(CopyIn copy, Instant now) {
        this.copy = copy;
        this.now = now;
    }

    void add(ImportRow row) throws SQLException {
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
        field(Uuids.v7().toString());
        line.setCharAt(line.length() - 1, '\n');
        chunk.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    private void flush() throws SQLException {
        if (chunk.size() > 0) {
            copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
            chunk.reset();
        }
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

    /** Leaves the connection usable for the rollback when the file could not be read to its end. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
