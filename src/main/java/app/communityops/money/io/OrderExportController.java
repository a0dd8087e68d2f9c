package app.communityops.money.io;

import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/communities/{communityId}/orders.csv?from=YYYY-MM-DD&to=YYYY-MM-DD}: the community's orders
 * paid in the period (the tenant's dates, both included) as a CSV download for the signed-in staff user. It sits
 * under {@code /export/}, whose filter chain admits console users; a client user, a community the user may not
 * see, or an unknown one answers 404, a missing or malformed period 400.
 */
@RestController
class OrderExportController {

    private final OrderExportService exports;

    OrderExportController(OrderExportService exports) {
        this.exports = exports;
    }

    @GetMapping("/export/communities/{communityId}/orders.csv")
    void export(@PathVariable String communityId, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Locale requestLocale, HttpServletResponse response)
            throws IOException {
        Optional<CommunitySummary> community = Ids.parse(communityId).flatMap(exports::community);
        if (community.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from == null ? "" : from.strip());
            end = LocalDate.parse(to == null ? "" : to.strip());
        } catch (DateTimeException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (end.isBefore(start)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = CurrentUser.get().map(user -> user.locale()).orElse(requestLocale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(community.get().name() + " - orders " + start + " - " + end + ".csv",
                        StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        exports.export(community.get().id(), start, end, FeatureBundlesI18NProvider.supported(locale),
                response.getOutputStream());
    }
}
