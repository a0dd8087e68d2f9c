package app.communityops.members.io;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.members.MemberFieldPolicy;
import app.communityops.members.MemberFilter;
import app.communityops.members.MemberSort;
import app.communityops.members.MembershipQueryService;
import app.communityops.shared.csv.CsvCells;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a community's members, filtered and sorted as in the members grid, as CSV: UTF-8 with a byte order mark
 * so Excel reads Chinese correctly, every cell made safe from formula injection, and the header in the user's
 * language with the names the import recognises, so an export imports back. Rows come from the members grid's own
 * query ({@link MembershipQueryService#forEachExportRow}), streamed from a database cursor to the output a thousand
 * at a time, so the file holds what the grid shows and a million members never sit in memory.
 *
 * <p>The export is staff's alone: a client user gets none, with or without contact access (decision 0021), and the
 * export link answers "not found" as it does for a community the user may not see.
 */
@Service
@PreAuthorize(Access.STAFF)
public class MemberExportService {

    private static final String[] HEADER_KEYS = {"memberio.field.name", "memberio.field.nickname",
            "memberio.field.handle", "memberio.field.phone", "memberio.field.email", "memberio.field.tags",
            "memberio.field.channel", "memberio.field.tier", "memberio.field.lifetime_purchase",
            "memberio.field.status", "memberio.field.joined", "memberio.export.lastActive", "memberio.export.warnings",
            "memberio.export.healthScore", "memberio.export.segment"};

    private final CommunityService communities;
    private final FeatureBundlesI18NProvider translations;
    private final MembershipQueryService members;
    private final MemberFieldPolicy policy;

    MemberExportService(CommunityService communities, FeatureBundlesI18NProvider translations,
                        MembershipQueryService members, MemberFieldPolicy policy) {
        this.policy = policy;
        this.communities = communities;
        this.translations = translations;
        this.members = members;
    }

    /**
     * The community, if the user may export its members: staff who may see it. Empty for client users and for
     * communities the user may not see; the export link answers "not found" for both.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<CommunitySummary> community(UUID communityId) {
        if (!policy.staff()) {
            return Optional.empty();
        }
        return communities.find(communityId);
    }

    /** Writes the CSV to {@code out} and returns how many members it holds. */
    @Transactional(readOnly = true)
    public long export(MemberFilter filter, MemberSort sort, Locale locale, OutputStream out) {
        communities.readable(filter.communityId());
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            List<String> header = new ArrayList<>();
            for (String key : HEADER_KEYS) {
                header.add(translations.getTranslation(key, locale));
            }
            csv.printRecord(header);
            long[] rows = {0};
            members.forEachExportRow(filter, sort, row -> {
                try {
                    csv.printRecord(safe(row.name()), safe(row.nickname()), safe(row.handle()), safe(row.phone()),
                            safe(row.email()), safe(String.join("; ", row.tags())), safe(row.channel()),
                            safe(row.tier()), amount(row.lifetimePurchase()), row.status().name(),
                            date(row.joinedAt(), filter), date(row.lastActiveAt(), filter), row.warnings(),
                            row.healthScore() == null ? "" : row.healthScore(),
                            row.segment() == null ? "" : row.segment().name());
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(@Nullable String cell) {
        return cell == null ? "" : CsvCells.safe(cell);
    }

    private static String amount(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String date(@Nullable Instant at, MemberFilter filter) {
        return at == null ? "" : at.atZone(filter.zone()).toLocalDate().toString();
    }
}
