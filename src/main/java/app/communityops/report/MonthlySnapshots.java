package app.communityops.report;

import org.springframework.stereotype.Component;

/** One tenant's share of the monthly snapshot job, run inside the job's transaction for that tenant. */
@Component
class MonthlySnapshots {

    private final ReportSnapshotService snapshots;

    MonthlySnapshots(ReportSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    int run() {
        return JobPrincipal.call("Monthly report job", snapshots::issueLastMonth);
    }
}
