package app.communityops.members.io;

import app.communityops.community.CommunitySummary;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberSort;
import app.communityops.members.MemberSortField;
import app.communityops.members.MembershipStatus;
import app.communityops.members.ScreeningReferences;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Ids;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/communities/{communityId}/members.csv}: the members grid's current filter as a CSV download,
 * for the signed-in console user (the session of the console). Query parameters, each repeatable where it is a
 * set: {@code status} (membership status), {@code mechanism} (screening mechanism), {@code channel} and
 * {@code tier} (ids), {@code tag}, {@code from} and {@code to} (joined date, YYYY-MM-DD, both included),
 * {@code q} (name or handle contains), {@code sort} (name, handle, applied, joined, active, warnings),
 * {@code desc} (true or false) and {@code zone} (the time zone of the dates, default UTC).
 *
 * <p>A community the user may not see answers 404, like one that does not exist; a malformed parameter 400.
 * Statuses are written directly rather than through the error page, which the console's security would hide.
 */
@RestController
class MemberExportController {

    private final MemberExportService exports;
    private final ScreeningReferences screening;

    MemberExportController(MemberExportService exports, ScreeningReferences screening) {
        this.exports = exports;
        this.screening = screening;
    }

    @GetMapping("/export/communities/{communityId}/members.csv")
    void export(@PathVariable String communityId, @RequestParam MultiValueMap<String, String> parameters,
                Locale requestLocale, HttpServletResponse response) throws IOException {
        Optional<CommunitySummary> community = Ids.parse(communityId).flatMap(exports::community);
        if (community.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MemberFilter filter;
        MemberSort sort;
        try {
            filter = filter(community.get().id(), parameters, screening.mechanisms());
            sort = sort(parameters);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = CurrentUser.get().map(user -> user.locale()).orElse(requestLocale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(community.get().name() + " - members.csv", StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        exports.export(filter, sort, FeatureBundlesI18NProvider.supported(locale), response.getOutputStream());
    }

    /** {@code mechanisms} are the codes a {@code mechanism} parameter may name; another is malformed. */
    static MemberFilter filter(UUID communityId, MultiValueMap<String, String> parameters, List<String> mechanisms) {
        return new MemberFilter(communityId,
                all(parameters, "status", MembershipStatus::valueOf),
                all(parameters, "mechanism", code -> known(code, mechanisms)),
                all(parameters, "channel", UUID::fromString),
                all(parameters, "tag", String::strip),
                all(parameters, "tier", UUID::fromString),
                one(parameters, "from", LocalDate::parse),
                one(parameters, "to", LocalDate::parse),
                parameters.getFirst("q"),
                Optional.ofNullable(one(parameters, "zone", ZoneId::of)).orElse(ZoneOffset.UTC))
                .withSegments(all(parameters, "segment", HealthSegment::valueOf))
                .withScore(one(parameters, "scoreFrom", Integer::valueOf), one(parameters, "scoreTo", Integer::valueOf));
    }

    static MemberSort sort(MultiValueMap<String, String> parameters) {
        MemberSortField field = Optional.ofNullable(one(parameters, "sort", text -> MemberSortField.fromParameter(text)
                .orElseThrow(() -> new IllegalArgumentException(text)))).orElse(MemberSortField.NAME);
        return new MemberSort(field, Boolean.TRUE.equals(one(parameters, "desc", MemberExportController::bool)));
    }

    private static <T> Set<T> all(MultiValueMap<String, String> parameters, String name, Function<String, T> parse) {
        Set<T> values = new HashSet<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (!value.isBlank()) {
                values.add(parse.apply(value.strip()));
            }
        }
        return values;
    }

    private static <T> @Nullable T one(MultiValueMap<String, String> parameters, String name, Function<String, T> parse) {
        String value = parameters.getFirst(name);
        return value == null || value.isBlank() ? null : parse.apply(value.strip());
    }

    private static String known(String code, List<String> codes) {
        if (!codes.contains(code)) {
            throw new IllegalArgumentException(code);
        }
        return code;
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
