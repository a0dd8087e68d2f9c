package app.communityops.report;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.scheduling.TenantJobs;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work of the report's jobs in the current tenant, as a principal whose role is the job's own,
 * {@link TenantJobs#ROLE}, and no person's: the report's sections read the services the screens use, and those ask
 * who is reading. Only for scheduled work: in a request of the console, Vaadin reads the signed-in user from the
 * session before this thread's context, so a principal set here would not be seen.
 */
final class JobPrincipal {

    static final String JOB_EMAIL = "scheduled-job";

    private JobPrincipal() {
    }

    static <T> T call(String name, Supplier<T> work) {
        UUID tenant = TenantContext.current().orElseThrow(NotFoundException::new);
        AppPrincipal job = new AppPrincipal(new UUID(0, 0), tenant, null, JOB_EMAIL, name, TenantJobs.ROLE, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(job, null, job.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
