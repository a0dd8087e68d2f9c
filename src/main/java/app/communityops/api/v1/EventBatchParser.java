package app.communityops.api.v1;

import app.communityops.api.web.ApiException;
import app.communityops.api.web.FieldProblem;
import app.communityops.engagement.EngagementType;
import app.communityops.engagement.EventInput;
import app.communityops.engagement.EventRules;
import app.communityops.engagement.MemberRef;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code {"source": "...", "events": [...]}} token by token, building each event straight from the stream
 * (no tree of the whole body). Every field problem of every event is collected and reported together; more than
 * {@link EventRules#MAX_BATCH} events stop the reading at once with 413.
 */
final class EventBatchParser {

    record Batch(String source, List<EventInput> events) {
    }

    /** Reads one nested object as a tree; the strict mapper would demand that nothing follows it. */
    private static final JsonMapper TREE = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final List<FieldProblem> problems = new ArrayList<>();

    static Batch parse(InputStream body) {
        return new EventBatchParser().read(body);
    }

    private Batch read(InputStream body) {
        @Nullable String source = "api";
        List<EventInput> events = new ArrayList<>();
        try (JsonParser parser = ApiJson.STRICT.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "The body must be a JSON object with an events array.");
            }
            boolean sawEvents = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "source" -> source = value == JsonToken.VALUE_STRING ? parser.getString() : wrong("source", parser);
                    case "events" -> {
                        sawEvents = true;
                        if (value != JsonToken.START_ARRAY) {
                            wrong("events", parser);
                        } else {
                            readEvents(parser, events);
                        }
                    }
                    default -> {
                        problems.add(new FieldProblem(name, "unknown field"));
                        parser.skipChildren();
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
            }
            if (!sawEvents) {
                problems.add(new FieldProblem("events", "required"));
            }
            // An invalid value like the events' own (400), not a refusal of the service's rules (422).
            if (source != null && !EventRules.validSource(source)) {
                problems.add(new FieldProblem("source", "1 to 60 characters"));
            }
        } catch (StreamReadException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
        } catch (JacksonException e) {
            throw ApiException.invalid(List.of(new FieldProblem(ApiJson.path(e), "wrong type or format")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new Batch(Objects.requireNonNull(source, "a source of the wrong type is among the problems"), events);
    }

    private void readEvents(JsonParser parser, List<EventInput> events) {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int index = events.size();
            if (index >= EventRules.MAX_BATCH) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                        "A batch holds at most " + EventRules.MAX_BATCH + " events.");
            }
            if (token != JsonToken.START_OBJECT) {
                problems.add(new FieldProblem("events[" + index + "]", "must be an object"));
                parser.skipChildren();
                events.add(new EventInput(null, null, null, new MemberRef(null, null), null, null, null, null));
                continue;
            }
            events.add(readEvent(parser, "events[" + index + "]."));
        }
    }

    private EventInput readEvent(JsonParser parser, String at) {
        String eventId = null;
        String type = null;
        String customType = null;
        MemberRef member = new MemberRef(null, null);
        Instant occurredAt = null;
        String contentRef = null;
        String activityRef = null;
        String properties = null;
        EngagementType parsedType = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "eventId" -> eventId = text(parser, value, at + name);
                case "type" -> type = text(parser, value, at + name);
                case "customType" -> customType = text(parser, value, at + name);
                case "member" -> member = member(parser, value, at + name);
                case "occurredAt" -> occurredAt = time(text(parser, value, at + name), at + name);
                case "contentRef" -> contentRef = text(parser, value, at + name);
                case "activityRef" -> activityRef = text(parser, value, at + name);
                case "properties" -> {
                    if (value == JsonToken.START_OBJECT) {
                        properties = TREE.readTree(parser).toString();
                    } else if (value != JsonToken.VALUE_NULL) {
                        wrong(at + name, parser);
                    }
                }
                default -> {
                    problems.add(new FieldProblem(at + name, "unknown field"));
                    parser.skipChildren();
                }
            }
        }
        if (type != null) {
            parsedType = EngagementType.fromWire(type).orElse(null);
            if (parsedType == null) {
                problems.add(new FieldProblem(at + "type", "unknown type; one of message_posted, reply, reaction,"
                        + " content_viewed, activity_attended, check_in, referral, custom"));
            }
        }
        return new EventInput(eventId, parsedType, customType, member, occurredAt, contentRef, activityRef, properties);
    }

    private MemberRef member(JsonParser parser, JsonToken value, String at) {
        if (value != JsonToken.START_OBJECT) {
            wrong(at, parser);
            return new MemberRef(null, null);
        }
        String externalId = null;
        String handle = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (name) {
                case "externalId" -> externalId = text(parser, token, at + "." + name);
                case "handle" -> handle = text(parser, token, at + "." + name);
                default -> {
                    problems.add(new FieldProblem(at + "." + name, "unknown field"));
                    parser.skipChildren();
                }
            }
        }
        return new MemberRef(externalId, handle);
    }

    private @Nullable String text(JsonParser parser, JsonToken value, String at) {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (value != JsonToken.VALUE_NULL) {
            wrong(at, parser);
        }
        return null;
    }

    /** An instant with its offset: a time without one would be read in some zone the sender did not mean. */
    private @Nullable Instant time(@Nullable String text, String at) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetTimes.parse(text);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(at, "must be an ISO-8601 time with an offset, e.g. 2026-11-25T09:30:00+08:00"));
            return null;
        }
    }

    private @Nullable String wrong(String at, JsonParser parser) {
        problems.add(new FieldProblem(at, "wrong type"));
        parser.skipChildren();
        return null;
    }
}
