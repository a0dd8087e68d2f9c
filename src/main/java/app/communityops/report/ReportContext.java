package app.communityops.report;

import java.time.ZoneId;
import java.util.UUID;

/** What a section needs to build itself: the community, the period, the tenant's zone and the reader's texts. */
public record ReportContext(UUID communityId, ReportPeriod period, ZoneId zone, ReportTexts texts) {
}
