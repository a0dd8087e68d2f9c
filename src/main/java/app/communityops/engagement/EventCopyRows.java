package app.communityops.engagement;

import app.communityops.shared.Uuids;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Encodes events in PostgreSQL's COPY text format for the staging table. */
final class EventCopyRows {

    static final String COLUMNS = "seq, id, occurred_at, member_id, type, custom_type, event_key, content_ref,"
            + " activity_ref, properties";

    private final StringBuilder line = new StringBuilder(256);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

    void add(ResolvedEvent event) {
        EventInput input = event.input();
        line.setLength(0);
        field(Integer.toString(event.index()));
        field(Uuids.v7().toString());
        field(Objects.requireNonNull(input.occurredAt()).toString());
        field(event.memberId().toString());
        field(Objects.requireNonNull(input.type()).name());
        field(input.customType());
        field(input.eventKey());
        field(input.contentRef());
        field(input.activityRef());
        field(input.properties());
        line.setCharAt(line.length() - 1, '\n');
        out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return out.toByteArray();
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
}
