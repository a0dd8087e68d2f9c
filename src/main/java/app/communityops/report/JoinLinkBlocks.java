package app.communityops.report;

import app.communityops.join.JoinLinkFigures;
import app.communityops.report.OperationsReport.Block;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Table;
import java.util.List;
import java.util.OptionalLong;

/**
 * Custom's join links: per link what came through it in the period, and the share of the period's joins (as the
 * section counts them) that did, so a client reads which campaign of a channel brought members.
 */
final class JoinLinkBlocks {

    private JoinLinkBlocks() {
    }

    /** {@code joins} is empty when the member flow does not reach back over the whole period. */
    static List<Block> of(JoinLinkFigures figures, OptionalLong joins, ReportTexts texts) {
        Table table = new Table(texts.t("report.custom.links"), List.of(texts.t("report.custom.link"),
                texts.t("report.custom.linkChannel"), texts.t("report.custom.applied"),
                texts.t("report.custom.approved"), texts.t("report.custom.joined")),
                figures.links().stream().map(link -> List.of(label(link, texts), texts.text(link.channelName()),
                        texts.count(link.applications()), texts.count(link.approved()),
                        texts.count(link.joined()))).toList(),
                texts.t("report.custom.noLinks"));
        if (figures.isEmpty()) {
            return List.of(table);
        }
        String share = joins.isEmpty() ? texts.t("report.notKept") : texts.rate(figures.shareOf(joins.getAsLong()),
                Math.min(figures.joined(), joins.getAsLong()), joins.getAsLong());
        return List.of(table, new Facts(List.of(new Fact(texts.t("report.custom.linkShare"), share))));
    }

    private static String label(JoinLinkFigures.Link link, ReportTexts texts) {
        String campaign = texts.text(link.campaign());
        return link.archived() ? texts.t("report.custom.archivedLink", campaign) : campaign;
    }
}
