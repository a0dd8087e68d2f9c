package app.communityops.api.v1;

import app.communityops.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A GET of a path the API does not have answers 404 problem+json, like an unknown id. Without it the request fell
 * through to the console, which answered an integration with its HTML page. Every other mapping is more specific,
 * so this one only takes what nothing else would; other methods on unknown paths are refused by the API's filter
 * chain before they get here.
 */
@RestController
@Hidden
class UnknownPathController {

    @GetMapping("/api/v1/**")
    void unknown() {
        throw new NotFoundException();
    }
}
