package app.communityops.engagement.io;

import app.communityops.engagement.EventInput;
import app.communityops.engagement.EventProblem;
import app.communityops.engagement.EventRules;
import app.communityops.engagement.MemberRef;
import app.communityops.shared.csv.CsvColumns;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.ImportProblem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record of an events file into an event, then holds it to {@link EventRules}, the rules every event
 * meets however it arrives (time window, custom type, lengths). Every problem of a row is reported, each column once.
 * The member is only named here; {@link EventMembers} finds who it is.
 */
final class EventRowReader {

    /**
     * A row naming a member, still as the text of the file; {@code good} when it reads as an event. A row with other
     * problems is kept too, so that its member is checked as well and the report lists all that is wrong.
     */
    record Row(long line, EventInput input, String member, boolean good) {
    }

    private final CsvColumns<EventColumn> columns;
    private final ZoneId zone;
    private final Instant now;

    EventRowReader(CsvColumns<EventColumn> columns, ZoneId zone, Instant now) {
        this.columns = columns;
        this.zone = zone;
        this.now = now;
    }

    /** The row when it names a member; every problem of the row is reported. */
    @Nullable Row read(CsvRecord record, Consumer<ImportProblem> sink) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!columns.whole(record, problems::add)) {
            problems.forEach(sink);
            return null;
        }
        long line = record.line();
        Set<EventColumn> reported = EnumSet.noneOf(EventColumn.class);
        String member = required(record, EventColumn.MEMBER, problems, reported);
        String typeCell = required(record, EventColumn.TYPE, problems, reported);
        EventTypeNames.Read type = typeCell == null ? null : EventTypeNames.read(typeCell);
        if (typeCell != null && type == null) {
            problems.add(problem(line, EventColumn.TYPE, "engagement.io.reason.unknownType", typeCell));
            reported.add(EventColumn.TYPE);
        }
        String timeCell = required(record, EventColumn.OCCURRED_AT, problems, reported);
        Instant at = timeCell == null ? null : EventTimes.parse(timeCell, zone);
        if (timeCell != null && at == null) {
            problems.add(problem(line, EventColumn.OCCURRED_AT, "engagement.io.reason.badTime", timeCell));
            reported.add(EventColumn.OCCURRED_AT);
        }
        String eventId = optional(record, EventColumn.EVENT_ID, problems, reported);
        String customColumn = optional(record, EventColumn.CUSTOM_TYPE, problems, reported);
        String content = optional(record, EventColumn.CONTENT, problems, reported);
        String activity = optional(record, EventColumn.ACTIVITY, problems, reported);
        String customType = type != null && type.customType() != null ? type.customType() : customColumn;
        EventInput input = new EventInput(eventId, type == null ? null : type.type(), customType,
                new MemberRef(null, member == null ? "?" : member), at, content, activity, null);
        List<EventProblem> broken = new ArrayList<>();
        EventRules.check(0, input, now, broken);
        for (EventProblem rule : broken) {
            EventColumn column = column(rule.field());
            if (!reported.contains(column)) {
                problems.add(problem(line, column, rule.messageKey()));
                reported.add(column);
            }
        }
        problems.forEach(sink);
        return member == null ? null : new Row(line, input, member, problems.isEmpty());
    }

    /** The column a rule's field comes from; a custom type given in the type cell is the type column's. */
    EventColumn column(String field) {
        return switch (field) {
            case "eventId" -> EventColumn.EVENT_ID;
            case "customType" -> columns.header(EventColumn.CUSTOM_TYPE) != null ? EventColumn.CUSTOM_TYPE
                    : EventColumn.TYPE;
            case "occurredAt" -> EventColumn.OCCURRED_AT;
            case "contentRef" -> EventColumn.CONTENT;
            case "activityRef" -> EventColumn.ACTIVITY;
            case "type" -> EventColumn.TYPE;
            default -> EventColumn.MEMBER;
        };
    }

    ImportProblem problem(long line, EventColumn column, String reason, Object... arguments) {
        return ImportProblem.of(line, columns.header(column), reason, arguments);
    }

    private @Nullable String required(CsvRecord record, EventColumn column, List<ImportProblem> problems,
                                      Set<EventColumn> reported) {
        int before = problems.size();
        String value = columns.cell(record, column, column.maxLength(), problems::add);
        if (value == null && problems.size() == before) {
            problems.add(problem(record.line(), column, "shared.csv.reason.required"));
        }
        if (value == null) {
            reported.add(column);
        }
        return value;
    }

    private @Nullable String optional(CsvRecord record, EventColumn column, List<ImportProblem> problems,
                                      Set<EventColumn> reported) {
        int before = problems.size();
        String value = columns.cell(record, column, column.maxLength(), problems::add);
        if (problems.size() > before) {
            reported.add(column);
        }
        return value;
    }
}
