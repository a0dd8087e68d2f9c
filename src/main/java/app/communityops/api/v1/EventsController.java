package app.communityops.api.v1;

import app.communityops.api.ApiCaller;
import app.communityops.audit.AuditLog;
import app.communityops.engagement.EngagementIngestService;
import app.communityops.engagement.IngestResult;
import app.communityops.engagement.MemberRef;
import app.communityops.engagement.UnknownMembers;
import app.communityops.members.MemberForm;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.ScreeningService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batches of engagement events, at most 1,000 a request. A batch is all-or-nothing: any invalid event refuses it
 * with every problem listed (400) and nothing written. Events repeating an {@code eventId} of the same source are
 * dropped and listed as duplicates. Members are named by external id or handle; unknown ones are created (applying
 * through screening) if the key allows it, else the batch is refused.
 */
@RestController
@RequestMapping(path = "/api/v1/communities/{communityId}/events", produces = "application/json")
@Tag(name = "Engagement events")
class EventsController {

    private final ApiAccess access;
    private final EngagementIngestService ingest;
    private final ScreeningService screening;
    private final AuditLog audit;

    EventsController(ApiAccess access, EngagementIngestService ingest, ScreeningService screening, AuditLog audit) {
        this.access = access;
        this.ingest = ingest;
        this.screening = screening;
        this.audit = audit;
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "ingestEvents", summary = "Ingest a batch of up to 1,000 events (scope write:events)",
            description = "All-or-nothing: any invalid event refuses the batch with every problem listed, and nothing"
                    + " is written. An event repeating an eventId of the same source is skipped and listed in"
                    + " duplicates. Members are named by external id or handle; unknown ones are created (applying"
                    + " through screening) if the key may create members, else the batch is refused.")
    @RequestBody(
            required = true, description = "The batch.",
            content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiRecords.EventBatch.class),
                    examples = {
                            @ExampleObject(name = ApiExamples.BATCH, value = ApiExamples.BATCH_REQUEST),
                            @ExampleObject(name = ApiExamples.INVALID_EVENTS,
                                    value = ApiExamples.INVALID_EVENTS_REQUEST),
                            @ExampleObject(
                                    name = ApiExamples.UNKNOWN_MEMBER,
                                    value = ApiExamples.UNKNOWN_EVENT_MEMBER_REQUEST)}))
    @ApiResponse(
            responseCode = "200", description = "The batch was written.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.EventsAccepted.class),
                    examples = @ExampleObject(name = ApiExamples.BATCH, value = ApiExamples.BATCH_ANSWER)))
    @ApiResponse(
            responseCode = "400", description = "The batch was refused as a whole; every problem is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = {
                            @ExampleObject(name = ApiExamples.INVALID_EVENTS,
                                    value = ApiExamples.INVALID_EVENTS_ANSWER),
                            @ExampleObject(
                                    name = ApiExamples.UNKNOWN_MEMBER,
                                    value = ApiExamples.UNKNOWN_EVENT_MEMBER_ANSWER)}))
    @ApiResponse(
            responseCode = "413", description = "The body is over 2 MiB or the batch holds over 1,000 events.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiDescription.TOO_MANY_EVENTS, value = ApiExamples.TOO_MANY_EVENTS_ANSWER)))
    ApiRecords.EventsAccepted ingest(@PathVariable String communityId, HttpServletRequest request) throws IOException {
        UUID community = access.communityId(communityId);
        // Refused before the body is read, so a foreign or unknown community answers 404 whatever the body holds.
        ingest.requireWritable(community);
        EventBatchParser.Batch batch = EventBatchParser.parse(request.getInputStream());
        UnknownMembers unknown = ApiCaller.require().createMembers() ? this::create : UnknownMembers.REJECT;
        IngestResult result = ingest.ingest(community, batch.source(), batch.events(), unknown);
        audit.recordAccess("engagement_event_batch", community.toString(), Map.of("source", batch.source().strip(),
                "received", result.received(), "written", result.written(), "membersCreated", result.membersCreated()));
        return new ApiRecords.EventsAccepted(result.received(), result.written(), result.duplicates(),
                result.membersCreated());
    }

    private Map<String, UUID> create(UUID communityId, Set<MemberRef> refs) {
        Map<String, UUID> created = new HashMap<>();
        for (MemberRef ref : refs) {
            MemberForm form = new MemberForm();
            String handle = ref.handle() != null ? ref.handle() : ref.externalId();
            form.setHandle(handle == null ? "" : handle);
            form.setName(form.getHandle());
            form.setExternalId(ref.externalId());
            created.put(ref.key(), screening.apply(communityId, form, new EvidenceForm()).membership().memberId());
        }
        return created;
    }
}
