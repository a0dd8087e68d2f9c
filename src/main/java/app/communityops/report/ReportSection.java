package app.communityops.report;

/**
 * One part of the report, a Spring bean; the report lists them by {@link #order()}. The source text's order is
 * Manage (10), Custom (20), Activity (30), Content (40), Money (50), Tool (60). Each reads the services its
 * screens use, so a figure never differs from the one on the screen.
 */
public interface ReportSection {

    int order();

    OperationsReport.Section build(ReportContext context);
}
