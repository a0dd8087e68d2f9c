package app.communityops.report;

import java.util.List;

/** Section headings from the section key; a section without data is one clear sentence instead of empty tables. */
final class Sections {

    private Sections() {
    }

    static OperationsReport.Section of(String key, ReportTexts texts, boolean noData,
                                       List<OperationsReport.Block> blocks) {
        String heading = texts.t("report.section." + key);
        return noData
                ? new OperationsReport.Section(key, heading, true,
                        List.of(new OperationsReport.Paragraph(texts.t("report.noData." + key))))
                : new OperationsReport.Section(key, heading, false, blocks);
    }
}
