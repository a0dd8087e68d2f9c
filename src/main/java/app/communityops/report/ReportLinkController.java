package app.communityops.report;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /report-links/<token>}: the PDF of a delivered report for whoever holds a signed link from the report's
 * mail. Every refusal (malformed, forged, expired, unknown) is the same 404; too many tries from one address are
 * 429 before the token is even looked at.
 */
@RestController
class ReportLinkController {

    private final ReportLinks links;
    private final LinkRateLimit limit;

    ReportLinkController(ReportLinks links, LinkRateLimit limit) {
        this.links = links;
        this.limit = limit;
    }

    @GetMapping(ReportLinks.PATH + "{token}")
    ResponseEntity<byte[]> download(@PathVariable String token, HttpServletRequest request) {
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60").build();
        }
        return links.open(token)
                .map(opened -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(opened.fileName()).build().toString())
                        .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(opened.pdf()))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }
}
