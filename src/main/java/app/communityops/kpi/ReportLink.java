package app.communityops.kpi;

import java.util.UUID;

/**
 * Where a community's report is, for the dashboards' "Report" buttons. The report module builds on the KPIs and so
 * may not be asked by them; it answers here instead, from its own navigation.
 */
public interface ReportLink {

    String path(UUID communityId);
}
