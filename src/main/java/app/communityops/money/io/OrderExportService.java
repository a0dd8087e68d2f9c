package app.communityops.money.io;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.money.OrderStatus;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.csv.CsvCells;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.tenancy.TenantZone;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a community's orders paid in a period (dates in the tenant's zone, both included) as CSV for staff: UTF-8
 * with a byte order mark for Excel, every text cell made formula-safe, the header in the user's language. A member
 * appears by name and handle only, never with contact details. Rows stream from a database cursor to the output,
 * so a large community's orders never sit in memory.
 */
@Service
@PreAuthorize(Access.STAFF)
public class OrderExportService {

    private static final String[] HEADER_KEYS = {"money.order.paidAt", "money.order.member", "money.export.handle",
            "money.order.offer", "money.offer.type", "money.order.amount", "money.currency", "money.export.refunded",
            "money.order.status", "money.order.channel", "money.order.reference", "money.order.referrer",
            "money.order.purchase", "money.review.rating"};
    private static final DateTimeFormatter PAID_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CommunityService communities;
    private final FeatureBundlesI18NProvider translations;
    private final JdbcTemplate streaming;
    private final TenantZone zones;

    OrderExportService(CommunityService communities, FeatureBundlesI18NProvider translations,
                       JdbcTemplate jdbc, TenantZone zones) {
        this.communities = communities;
        this.translations = translations;
        // Its own template for the fetch size: PostgreSQL then reads the rows through a cursor, a batch at a time.
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(1000);
        this.zones = zones;
    }

    /**
     * The community, if the user may export its orders; empty (so the link answers "not found") for client users,
     * who see no orders, and for communities the user may not see.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<CommunitySummary> community(UUID communityId) {
        if (CurrentUser.require().hasRole(Roles.CLIENT)) {
            return Optional.empty();
        }
        return communities.find(communityId);
    }

    /** Writes the CSV to {@code out} and returns how many orders it holds. */
    @Transactional(readOnly = true)
    public long export(UUID communityId, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
        communities.writable(communityId);
        if (to.isBefore(from)) {
            throw new UserFacingException("money.figures.error.period", "to");
        }
        ZoneId zone = zones.current();
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
            streaming.query("""
                            select o.paid_at, m.name, m.handle, f.name, f.type, o.amount, o.currency, o.refunded,
                                   o.channel, o.reference, coalesce(rm.name, p.name), s.purchase_number, r.rating
                            from money_order o
                            join member m on m.tenant_id = o.tenant_id and m.id = o.member_id
                            join offer f on f.tenant_id = o.tenant_id and f.id = o.offer_id
                            left join money_order_sequence s on s.tenant_id = o.tenant_id and s.order_id = o.id
                            left join member rm on rm.tenant_id = o.tenant_id and rm.id = o.referrer_member_id
                            left join partner p on p.tenant_id = o.tenant_id and p.id = o.referrer_partner_id
                            left join money_review r on r.tenant_id = o.tenant_id and r.order_id = o.id
                            where o.community_id = ? and o.paid_at >= ? and o.paid_at < ?
                            order by o.paid_at, o.id""",
                    (RowCallbackHandler) rs -> {
                        BigDecimal amount = rs.getBigDecimal(6);
                        BigDecimal refunded = rs.getBigDecimal(8);
                        try {
                            csv.printRecord(PAID_AT.format(rs.getTimestamp(1).toInstant().atZone(zone)),
                                    safe(rs.getString(2)), safe(rs.getString(3)), safe(rs.getString(4)),
                                    rs.getString(5), amount.toPlainString(), rs.getString(7),
                                    refunded.toPlainString(), OrderStatus.of(amount, refunded).name(), rs.getString(9),
                                    safe(rs.getString(10)), safe(rs.getString(11)), number(rs.getObject(12)),
                                    number(rs.getObject(13)));
                            rows[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, communityId, Timestamp.from(from.atStartOfDay(zone).toInstant()),
                    Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
            csv.flush();
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(@Nullable String cell) {
        return cell == null ? "" : CsvCells.safe(cell);
    }

    private static String number(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
