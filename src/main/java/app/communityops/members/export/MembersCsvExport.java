package app.communityops.members.export;

import app.communityops.members.MemberFilter;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberRow;
import app.communityops.members.MemberSort;
import app.communityops.members.MemberSortField;
import app.communityops.members.MembershipQueryService;
import app.communityops.members.MembershipStatus;
import app.communityops.members.ScreeningMechanism;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /export/communities/{id}/members.csv}: the members grid's filter and order as a CSV file. Rows are
 * written while PostgreSQL reads them, so a million-row community never sits in memory. UTF-8 with a byte-order
 * mark, so spreadsheet programs open Chinese names correctly.
 */
@RestController
class MembersCsvExport {

    private static final String HEADER = "name,handle,status,channel,tier,tags,screened by,applied,joined,last active,warnings";

    private final MembershipQueryService query;
    private final MemberListService lists;

    MembersCsvExport(MembershipQueryService query, MemberListService lists) {
        this.query = query;
        this.lists = lists;
    }

    @GetMapping("/export/communities/{communityId}/members.csv")
    void export(@PathVariable String communityId,
                @RequestParam(name = "status", required = false) List<String> statuses,
                @RequestParam(name = "mechanism", required = false) List<String> mechanisms,
                @RequestParam(name = "channel", required = false) List<String> channels,
                @RequestParam(name = "tag", required = false) List<String> tags,
                @RequestParam(name = "tier", required = false) List<String> tiers,
                @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
                @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "name") String sort,
                @RequestParam(defaultValue = "false") boolean desc, @RequestParam(required = false) @Nullable String zone,
                HttpServletResponse response) throws IOException {
        UUID community = Ids.parse(communityId).orElseThrow(NotFoundException::new);
        ZoneId zoneId = zone(zone);
        MemberFilter filter = MemberFilter.all(community)
                .withStatuses(parse(statuses, MembershipStatus::valueOf))
                .withMechanisms(parse(mechanisms, ScreeningMechanism::valueOf))
                .withChannels(parse(channels, UUID::fromString))
                .withTags(tags == null ? Set.of() : Set.copyOf(tags))
                .withTiers(parse(tiers, UUID::fromString))
                .withJoined(date(from), date(to))
                .withText(q)
                .withZone(zoneId);
        MemberSort order = new MemberSort(MemberSortField.fromParameter(sort)
                .orElseThrow(() -> new IllegalArgumentException("sort")), desc);
        Map<UUID, String> channelNames = lists.channels().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        Map<UUID, String> tierNames = lists.tiers().stream().collect(Collectors.toMap(t -> t.id(), t -> t.name()));

        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"members-" + LocalDate.now(zoneId) + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
        query.forEachRow(filter, order, row -> write(out, row, channelNames, tierNames, zoneId));
        out.flush();
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    void notFound() {
        // Same answer for unknown ids and ids the user may not see.
    }

    @ExceptionHandler({IllegalArgumentException.class, DateTimeException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    void badParameter() {
        // A malformed filter parameter: the link is built by the grid, so this is tampering or a typo.
    }

    private static void write(Writer out, MemberRow row, Map<UUID, String> channels, Map<UUID, String> tiers,
                              ZoneId zone) {
        List<String> cells = new ArrayList<>();
        cells.add(CsvCells.cell(row.name()));
        cells.add(CsvCells.cell(row.handle()));
        cells.add(row.status().name());
        cells.add(CsvCells.cell(row.channelId() == null ? null : channels.get(row.channelId())));
        cells.add(CsvCells.cell(row.tierId() == null ? null : tiers.get(row.tierId())));
        cells.add(CsvCells.cell(String.join(";", row.tags())));
        cells.add(row.mechanisms().stream().map(Enum::name).sorted().collect(Collectors.joining(";")));
        cells.add(date(row.appliedAt(), zone));
        cells.add(date(row.joinedAt(), zone));
        cells.add(date(row.lastActiveAt(), zone));
        cells.add(String.valueOf(row.warningCount()));
        try {
            out.write(String.join(",", cells));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String date(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    private static <T> Set<T> parse(@Nullable List<String> values, Function<String, T> parser) {
        return values == null ? Set.of() : values.stream().map(parser).collect(Collectors.toSet());
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date", e);
        }
    }

    private static ZoneId zone(@Nullable String value) {
        return value == null || value.isBlank() ? ZoneOffset.UTC : ZoneId.of(value);
    }
}
