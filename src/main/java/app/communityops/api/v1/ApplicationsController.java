package app.communityops.api.v1;

import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberDetails;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipSummary;
import app.communityops.screening.ApplicationOutcome;
import app.communityops.screening.EvidenceForm;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import app.communityops.api.web.ApiException;
import app.communityops.api.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications to join a community, with the evidence the screening policy weighs (payment reference, invitation
 * code, answers; the tier is the member's). The outcome is the policy's, exactly as for an application entered in
 * the console.
 */
@RestController
@RequestMapping(path = "/api/v1/communities/{communityId}/applications", produces = "application/json")
@Tag(name = "Applications")
class ApplicationsController {

    private final ApiAccess access;
    private final ApiJson json;
    private final MemberService members;
    private final MembershipService memberships;
    private final ScreeningService screening;

    ApplicationsController(ApiAccess access, ApiJson json, MemberService members, MembershipService memberships,
                           ScreeningService screening) {
        this.access = access;
        this.json = json;
        this.members = members;
        this.memberships = memberships;
        this.screening = screening;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createApplication", summary = "Apply to join the community (scope write:members)",
            description = "The member is found by external id or created; the community's screening policy weighs"
                    + " the evidence and decides the status, exactly as for an application entered in the console.")
    @RequestBody(
            required = true, description = "The applicant and the evidence.",
            content = @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = ApiRecords.ApplicationInput.class),
                    examples = {
                            @ExampleObject(name = ApiExamples.APPLICATION, value = ApiExamples.APPLICATION_REQUEST),
                            @ExampleObject(name = ApiExamples.APPLIED_AGAIN, value = ApiExamples.APPLIED_AGAIN_REQUEST),
                            @ExampleObject(
                                    name = ApiExamples.INVALID_FIELDS,
                                    value = ApiExamples.INVALID_APPLICATION_REQUEST)}))
    @ApiResponse(
            responseCode = "201", description = "The application, with the policy's outcome.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Application.class),
                    examples = @ExampleObject(name = ApiExamples.APPLICATION, value = ApiExamples.APPLICATION_ANSWER)))
    @ApiResponse(
            responseCode = "400", description = "Invalid fields; each is listed.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.INVALID_FIELDS, value = ApiExamples.INVALID_APPLICATION_ANSWER)))
    @ApiResponse(
            responseCode = "422", description = "Refused by the screening rules, e.g. the handle is already taken.",
            content = @Content(
                    mediaType = ApiDescription.PROBLEM_JSON, schema = @Schema(ref = ApiDescription.PROBLEM_REF),
                    examples = @ExampleObject(
                            name = ApiExamples.APPLIED_AGAIN, value = ApiExamples.APPLIED_AGAIN_ANSWER)))
    ApiRecords.Application apply(@PathVariable String communityId, HttpServletRequest request) throws IOException {
        CommunitySummary community = access.community(communityId);
        ApiRecords.ApplicationInput input = json.read(request.getInputStream(), ApiRecords.ApplicationInput.class);
        if (!input.member().identified()) {
            throw ApiException.invalid(List.of(new FieldProblem("member.externalId",
                    "externalId or handle is required")));
        }
        Optional<UUID> known = input.member().externalId() == null ? Optional.empty()
                : access.memberByExternalId(input.member().externalId());
        MemberDetails existing = known.flatMap(members::find).orElse(null);
        MemberForm form = input.member().over(existing);
        json.validate(form, "member.");
        ApiRecords.Evidence evidence = input.evidence();
        EvidenceForm evidenceForm = evidence == null ? new EvidenceForm()
                : EvidenceForm.of(evidence.paymentReference(), evidence.invitationCode(), evidence.answers(), Set.of());
        ApplicationOutcome outcome = screening.apply(community.id(), form, evidenceForm);
        return ApiRecords.Application.of(outcome);
    }

    @GetMapping("/{applicationId}")
    @Operation(operationId = "getApplication", summary = "An application and its status (scope read)")
    @ApiResponse(
            responseCode = "200", description = "The application.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Application.class),
                    examples = @ExampleObject(name = ApiExamples.FOUND, value = ApiExamples.APPLICATION_ANSWER)))
    ApiRecords.Application get(@PathVariable String communityId, @PathVariable String applicationId) {
        CommunitySummary community = access.community(communityId);
        MembershipSummary membership = memberships.find(ApiAccess.uuid(applicationId))
                .filter(m -> m.communityId().equals(community.id())).orElseThrow(NotFoundException::new);
        return ApiRecords.Application.of(membership, false);
    }
}
