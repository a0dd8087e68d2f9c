package app.communityops.report;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * One tenant's share of the monthly snapshot job, run inside the job's transaction for that tenant. The report's
 * sections read the services the screens use, and those ask who is reading (a client sees less); so the job
 * presents itself as a principal whose role is the job's own, {@link TenantJobs#ROLE}, and no person's.
 */
@Component
class MonthlySnapshots {

    static final String JOB_EMAIL = "scheduled-job";

    private final ReportSnapshotService snapshots;

    MonthlySnapshots(ReportSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    int run() {
        UUID tenant = TenantContext.current().orElseThrow(NotFoundException::new);
        AppPrincipal job = new AppPrincipal(new UUID(0, 0), tenant, null, JOB_EMAIL, "Monthly report job",
                TenantJobs.ROLE, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job, null, job.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return snapshots.issueLastMonth();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
