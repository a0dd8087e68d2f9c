package app.communityops.kpi.ui;

import static app.communityops.kpi.ui.Markup.escape;

import app.communityops.kpi.Kpi;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.PeerBands;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Under a KPI card, where the community stands among its peers (decision 0049): a small bar from the 25th to the
 * 75th percentile with the median marked and a dot for the community's own value, the three figures, how many
 * communities are behind them and a sentence saying in which quarter the community falls. Without enough peers it
 * says so ("not enough comparable communities (3 of 5)"). Written as markup, like the card: it never changes while
 * shown.
 */
final class PeerBandBar extends Div {

    private PeerBandBar(String idPrefix, KpiValue value, PeerBands bands) {
        String key = value.kpi().name();
        setId(idPrefix + "-band-" + key);
        addClassName("peer-band");
        StringBuilder html = new StringBuilder(600);
        PeerBands.Band band = bands.band(value.kpi()).orElse(null);
        if (bands.status() != PeerBands.Status.COMPARED || band == null) {
            note(html, bands.status() == PeerBands.Status.NOT_ACTIVE ? getTranslation("peers.notActive")
                    : getTranslation("peers.noVertical"));
        } else if (!band.shown()) {
            note(html, reason(this, bands, band));
        } else {
            shown(html, idPrefix, value, band);
        }
        getElement().setProperty("innerHTML", html.toString());
    }

    /**
     * Why a band is not shown: too few peers, too few of their clients, or enough peers of which too few have a
     * value for this KPI (no reviews to rate, say).
     */
    static String reason(com.vaadin.flow.component.Component owner, PeerBands bands, PeerBands.Band band) {
        boolean enoughPeers = bands.communities() >= PeerBands.MIN_COMMUNITIES
                && bands.clients() >= PeerBands.MIN_CLIENTS;
        if (enoughPeers) {
            return owner.getTranslation("peers.fewValues", band.communities(), bands.communities());
        }
        return bands.communities() < PeerBands.MIN_COMMUNITIES
                ? owner.getTranslation("peers.notEnough", bands.communities(), PeerBands.MIN_COMMUNITIES)
                : owner.getTranslation("peers.notEnoughClients", bands.clients(), PeerBands.MIN_CLIENTS);
    }

    /** The card with its band underneath, as one cell of the dashboard's grid. */
    static Div under(KpiCard card, String idPrefix, KpiValue value, PeerBands bands) {
        Div stack = new Div(card, new PeerBandBar(idPrefix, value, bands));
        stack.addClassName("dashboard-card-stack");
        return stack;
    }

    private static void note(StringBuilder html, String text) {
        html.append("<span class=\"peer-band-note\">").append(escape(text)).append("</span>");
    }

    private void shown(StringBuilder html, String idPrefix, KpiValue value, PeerBands.Band band) {
        Kpi kpi = value.kpi();
        BigDecimal low = Objects.requireNonNull(band.low());
        BigDecimal median = Objects.requireNonNull(band.median());
        BigDecimal high = Objects.requireNonNull(band.high());
        @Nullable BigDecimal own = value.value();
        // The bar spans the band and the community's own value, with a margin, so every mark lies inside it.
        BigDecimal from = own == null ? low : own.min(low);
        BigDecimal to = own == null ? high : own.max(high);
        BigDecimal margin = to.subtract(from).signum() == 0 ? BigDecimal.ONE
                : to.subtract(from).multiply(new BigDecimal("0.15"));
        from = from.subtract(margin);
        to = to.add(margin);
        String label = getTranslation("peers.bandLabel", DashboardFormat.value(this, kpi, low, value.currency()),
                DashboardFormat.value(this, kpi, median, value.currency()),
                DashboardFormat.value(this, kpi, high, value.currency()), band.communities());
        html.append("<div class=\"peer-band-bar\" role=\"img\" aria-label=\"").append(escape(label)).append("\">")
                .append("<span class=\"peer-band-range\" style=\"left:").append(at(low, from, to))
                .append("%;width:").append(at(high, from, to).subtract(at(low, from, to))).append("%\"></span>")
                .append("<span class=\"peer-band-median\" style=\"left:").append(at(median, from, to))
                .append("%\"></span>");
        if (own != null) {
            html.append("<span class=\"peer-band-own\" style=\"left:").append(at(own, from, to)).append("%\"></span>");
        }
        html.append("</div>");
        html.append("<div class=\"peer-band-figures\" id=\"").append(escape(idPrefix + "-band-figures-" + kpi.name()))
                .append("\">").append(escape(label)).append("</div>");
        PeerBands.Standing standing = band.standing();
        if (standing != PeerBands.Standing.UNKNOWN) {
            boolean upper = standing == PeerBands.Standing.MEDIAN_TO_P75 || standing == PeerBands.Standing.ABOVE_P75;
            String tone = standing == PeerBands.Standing.AT_MEDIAN ? "even" : upper == kpi.higherIsBetter() ? "good"
                    : "bad";
            html.append("<div class=\"peer-band-standing ").append(tone)
                    .append("\" id=\"").append(escape(idPrefix + "-band-standing-" + kpi.name())).append("\">")
                    .append(escape(getTranslation("peers.standing." + standing.name()))).append("</div>");
        }
    }

    /** Where {@code value} lies between {@code from} and {@code to}, in percent of the bar. */
    private static BigDecimal at(BigDecimal value, BigDecimal from, BigDecimal to) {
        return value.subtract(from).multiply(BigDecimal.valueOf(100)).divide(to.subtract(from), 1,
                RoundingMode.HALF_UP);
    }
}
