package app.communityops.api.v1;

import app.communityops.api.ApiCaller;
import app.communityops.community.CommunityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The communities a key may use: where an integration finds the ids every other endpoint names. */
@RestController
@RequestMapping(path = "/api/v1/communities", produces = "application/json")
@Tag(name = "Communities")
class CommunitiesController {

    private final CommunityService communities;

    CommunitiesController(CommunityService communities) {
        this.communities = communities;
    }

    @GetMapping
    @Operation(operationId = "listCommunities", summary = "The communities this key may use (scope read)",
            description = "All of the tenant's communities, or the one a restricted key may use.")
    @ApiResponse(
            responseCode = "200", description = "The communities.",
            content = @Content(
                    schema = @Schema(implementation = ApiRecords.Communities.class),
                    examples = @ExampleObject(name = ApiExamples.FOUND, value = ApiExamples.COMMUNITIES)))
    ApiRecords.Communities list() {
        ApiCaller caller = ApiCaller.require();
        return new ApiRecords.Communities(communities.visible().stream().filter(c -> caller.mayUse(c.id()))
                .map(ApiRecords.Community::of).toList());
    }
}
