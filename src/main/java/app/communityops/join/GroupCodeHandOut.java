package app.communityops.join;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which group's QR code an approved applicant sees (群满自动换群). The code first handed out is kept while it is valid
 * (retired or expired, the applicant gets the next); otherwise a seat of the first code in order with room is taken
 * in one statement. The application row is locked first, so one applicant opening the link twice at once takes one
 * seat. A code another hand-out holds is skipped rather than waited for; only when that leaves nothing does the
 * hand-out wait, so a single code with room is never reported full.
 */
@Component
class GroupCodeHandOut {

    private final ApplicationQueries applications;
    private final GroupCodeQueries codes;

    GroupCodeHandOut(ApplicationQueries applications, GroupCodeQueries codes) {
        this.applications = applications;
        this.codes = codes;
    }

    /** In the caller's transaction, as the application's tenant. */
    Optional<UUID> codeFor(UUID applicationId, LocalDate today) {
        ApplicationQueries.Row application = applications.lock(applicationId).orElseThrow();
        UUID held = application.groupCodeId();
        if (held != null && codes.stillValid(held, today)) {
            return Optional.of(held);
        }
        UUID taken = codes.takeSeat(application.communityId(), today, true);
        if (taken == null) {
            taken = codes.takeSeat(application.communityId(), today, false);
        }
        if (taken != null) {
            applications.handOut(applicationId, taken);
        }
        return Optional.ofNullable(taken);
    }
}
