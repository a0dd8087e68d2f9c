package app.communityops.api.v1;

import app.communityops.api.web.ApiException;
import app.communityops.api.web.FieldProblem;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberDetails;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberService;
import app.communityops.members.MemberSort;
import app.communityops.members.MembershipQueryService;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members of a community. The upsert finds the member by external id, then by handle; a member new to the community
 * applies through screening, so the community's policy decides the membership status exactly as in the console.
 */
@RestController
@RequestMapping(path = "/api/v1/communities/{communityId}/members", produces = "application/json")
@Tag(name = "Members")
class MembersController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final ApiAccess access;
    private final ApiJson json;
    private final MemberService members;
    private final MembershipService memberships;
    private final MembershipQueryService queries;
    private final ScreeningService screening;

    MembersController(ApiAccess access, ApiJson json, MemberService members, MembershipService memberships,
                      MembershipQueryService queries, ScreeningService screening) {
        this.access = access;
        this.json = json;
        this.members = members;
        this.memberships = memberships;
        this.queries = queries;
        this.screening = screening;
    }

    @GetMapping
    @Operation(operationId = "listMembers", summary = "Members of the community by name, a page at a time"
            + " (scope read)")
    @ApiResponse(
            responseCode = "200", description = "A page of members, ordered by name.",
            content = @Content(schema = @Schema(implementation = ApiRecords.MemberPage.class),
                    examples = @ExampleObject(name = ApiExamples.FOUND, value = ApiExamples.MEMBER_PAGE)))
    @ApiResponse(
            responseCode = "400", description = "A query parameter is invalid; each is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.INVALID_QUERY, value = ApiExamples.INVALID_QUERY_ANSWER)))
    ApiRecords.MemberPage list(@PathVariable String communityId,
            @Parameter(description = "Only memberships in these statuses (repeat the parameter for several).",
                    array = @ArraySchema(schema = @Schema(implementation = MembershipStatus.class)))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Only members with all of these tags.")
            @RequestParam(required = false) List<String> tag,
            @Parameter(description = "Text in the name, nickname, handle, phone or email.")
            @RequestParam(required = false) String q,
            @Parameter(description = "Members per page, 1 to 200.", schema = @Schema(type = "integer", format = "int32",
                    minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "The previous page's nextCursor.")
            @RequestParam(required = false) String cursor) {
        CommunitySummary community = access.community(communityId);
        List<FieldProblem> problems = new ArrayList<>();
        Set<MembershipStatus> statuses = statuses(status, problems);
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        int offset = cursor == null ? 0 : offset(cursor, problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        MemberFilter filter = MemberFilter.all(community.id()).withStatuses(statuses)
                .withTags(tag == null ? Set.of() : new HashSet<>(tag)).withText(q);
        List<MemberRow> rows = queries.page(filter, MemberSort.BY_NAME, offset, size + 1);
        List<ApiRecords.MemberListItem> items = rows.stream().limit(size).map(row -> new ApiRecords.MemberListItem(
                row.memberId(), row.membershipId(), row.name(), row.handle(), row.status().name(), row.tags(),
                row.channelId(), row.tierId(), row.appliedAt(), row.joinedAt(), row.lastActiveAt())).toList();
        return new ApiRecords.MemberPage(items, rows.size() > size ? cursor(offset + size) : null);
    }

    @GetMapping("/{memberId}")
    @Operation(operationId = "getMember", summary = "One member of the community (scope read)")
    @ApiResponse(
            responseCode = "200", description = "The member and their membership of this community.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Member.class),
                    examples = @ExampleObject(name = ApiExamples.FOUND, value = ApiExamples.UPDATED_MEMBER_ANSWER)))
    ApiRecords.Member get(@PathVariable String communityId, @PathVariable String memberId) {
        CommunitySummary community = access.community(communityId);
        UUID member = ApiAccess.uuid(memberId);
        UUID membership = access.membership(community.id(), member).orElseThrow(NotFoundException::new);
        MemberDetails details = members.find(member).orElseThrow(NotFoundException::new);
        return ApiRecords.Member.of(details, memberships.find(membership).orElse(null));
    }

    @PutMapping(consumes = "application/json")
    @Operation(operationId = "upsertMember", summary = "Create or update a member by external id or handle"
            + " (scope write:members)", description = "The member is found by externalId, then by handle; fields"
            + " left out keep their values. A member new to the community applies through the community's"
            + " screening policy, which decides the membership's status.")
    @RequestBody(
            required = true, description = "The member; externalId or handle identifies them.",
            content = @Content(
                    mediaType = "application/json", schema = @Schema(implementation = ApiRecords.MemberInput.class),
                    examples = {
                            @ExampleObject(name = ApiExamples.NEW_MEMBER, value = ApiExamples.NEW_MEMBER_REQUEST),
                            @ExampleObject(name = ApiExamples.UPDATED_MEMBER,
                                    value = ApiExamples.UPDATED_MEMBER_REQUEST),
                            @ExampleObject(
                                    name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_MEMBER_REQUEST)}))
    @ApiResponse(
            responseCode = "200", description = "An existing member, updated.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Member.class),
                    examples = @ExampleObject(
                            name = ApiExamples.UPDATED_MEMBER, value = ApiExamples.UPDATED_MEMBER_ANSWER)))
    @ApiResponse(
            responseCode = "201", description = "A member new to the community, created and applied.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Member.class),
                    examples = @ExampleObject(name = ApiExamples.NEW_MEMBER, value = ApiExamples.NEW_MEMBER_ANSWER)))
    @ApiResponse(
            responseCode = "400", description = "Invalid fields; each is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_MEMBER_ANSWER)))
    @ApiResponse(responseCode = "409", ref = "#/components/responses/Conflict")
    ResponseEntity<ApiRecords.Member> upsert(@PathVariable String communityId, HttpServletRequest request)
            throws IOException {
        CommunitySummary community = access.community(communityId);
        ApiRecords.MemberInput input = json.read(request.getInputStream(), ApiRecords.MemberInput.class);
        if (!input.identified()) {
            throw ApiException.invalid(List.of(new FieldProblem("externalId", "externalId or handle is required")));
        }
        Optional<UUID> existing = find(input);
        MemberDetails details = null;
        if (existing.isPresent()) {
            MemberDetails current = members.find(existing.get()).orElseThrow(NotFoundException::new);
            MemberForm form = input.over(current);
            json.validate(form, "");
            details = members.update(current.id(), current.version(), form);
        }
        Optional<UUID> membership = details == null ? Optional.empty() : access.membership(community.id(),
                details.id());
        boolean created = false;
        MembershipSummary summary;
        if (membership.isPresent()) {
            summary = memberships.find(membership.get()).orElseThrow(NotFoundException::new);
        } else {
            MemberForm form = input.over(details);
            json.validate(form, "");
            summary = screening.apply(community.id(), form, new EvidenceForm()).membership();
            created = details == null;
            details = members.find(summary.memberId()).orElseThrow(NotFoundException::new);
        }
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ApiRecords.Member.of(Objects.requireNonNull(details, "found or created above"), summary));
    }

    private Optional<UUID> find(ApiRecords.MemberInput input) {
        Optional<UUID> found = input.externalId() == null || input.externalId().isBlank() ? Optional.empty()
                : access.memberByExternalId(input.externalId());
        if (found.isEmpty() && input.handle() != null && !input.handle().isBlank()) {
            found = access.memberByHandle(input.handle());
        }
        return found;
    }

    private static Set<MembershipStatus> statuses(@Nullable List<String> values, List<FieldProblem> problems) {
        Set<MembershipStatus> statuses = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                statuses.add(MembershipStatus.valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "unknown status " + value));
            }
        }
        return statuses;
    }

    /** Cursors are opaque to clients; today they carry the position in the name order. */
    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor, List<FieldProblem> problems) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("o:")) {
                int offset = Integer.parseInt(text.substring(2));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new FieldProblem("cursor", "not a cursor this API issued"));
        return 0;
    }
}
