package app.communityops.api.v1;

import app.communityops.api.ApiCaller;
import app.communityops.community.CommunityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/communities", produces = "application/json")
@Tag(name = "Communities")
class CommunitiesController {

    private final CommunityService communities;

    CommunitiesController(CommunityService communities) {
        this.communities = communities;
    }

    @GetMapping
    @Operation(summary = "The communities this key may use (scope read)")
    Map<String, List<ApiRecords.Community>> list() {
        ApiCaller caller = ApiCaller.require();
        return Map.of("items", communities.visible().stream().filter(c -> caller.mayUse(c.id()))
                .map(ApiRecords.Community::of).toList());
    }
}
