package app.communityops.report;

import app.communityops.kpi.KpiBoard;
import app.communityops.kpi.KpiValue;
import app.communityops.kpi.PeerBands;
import app.communityops.report.OperationsReport.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The Manage section's peer bands (decision 0049): per KPI, the community's value beside the 25th percentile, the
 * median and the 75th percentile of its peers, how many communities are behind them and where it stands. Only the
 * aggregates are written: no peer's name or figure reaches the report, whoever receives it.
 */
final class PeerBandsTable {

    private PeerBandsTable() {
    }

    static Table of(PeerBands bands, KpiBoard board, ReportTexts texts) {
        List<String> headers = List.of(texts.t("kpi.table.kpi"), texts.t("report.peers.community"),
                texts.t("report.peers.p25"), texts.t("report.peers.median"), texts.t("report.peers.p75"),
                texts.t("report.peers.count"), texts.t("report.peers.standing"));
        List<List<String>> rows = new ArrayList<>();
        if (bands.status() == PeerBands.Status.COMPARED) {
            for (KpiValue value : board.values()) {
                bands.band(value.kpi()).ifPresent(band -> rows.add(row(bands, value, band, texts)));
            }
        }
        String empty = texts.t(bands.status() == PeerBands.Status.NOT_ACTIVE ? "peers.notActive"
                : "peers.noVertical");
        return new Table(texts.t("report.peers.caption"), headers, rows, empty);
    }

    private static List<String> row(PeerBands bands, KpiValue value, PeerBands.Band band, ReportTexts texts) {
        String name = texts.t(value.kpi().nameKey());
        String own = ManageSection.figure(value.kpi(), value.value(), value.currency(), texts);
        if (!band.shown()) {
            boolean enoughPeers = bands.communities() >= PeerBands.MIN_COMMUNITIES
                    && bands.clients() >= PeerBands.MIN_CLIENTS;
            String reason = enoughPeers ? texts.t("peers.fewValues", band.communities(), bands.communities())
                    : bands.communities() < PeerBands.MIN_COMMUNITIES
                    ? texts.t("peers.notEnough", bands.communities(), PeerBands.MIN_COMMUNITIES)
                    : texts.t("peers.notEnoughClients", bands.clients(), PeerBands.MIN_CLIENTS);
            return List.of(name, own, "–", "–", "–", texts.count(band.communities()), reason);
        }
        return List.of(name, own, ManageSection.figure(value.kpi(), band.low(), value.currency(), texts),
                ManageSection.figure(value.kpi(), band.median(), value.currency(), texts),
                ManageSection.figure(value.kpi(), band.high(), value.currency(), texts),
                texts.count(band.communities()),
                band.standing() == PeerBands.Standing.UNKNOWN ? "–"
                        : texts.t("peers.standing." + band.standing().name()));
    }
}
