package app.communityops.approval;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A request as lists show it. {@code currentStep} counts from 0; it equals the steps' size once approved. */
public record ApprovalSummary(UUID id, SubjectType type, UUID subjectId, long subjectVersion, UUID communityId,
                              String title, List<ApprovalStep> steps, int currentStep, ApprovalStatus status,
                              String submittedByName, Instant submittedAt, @Nullable Instant decidedAt,
                              long version) {

    public ApprovalSummary {
        steps = List.copyOf(steps);
    }

    /** The group whose decision is awaited, if the request is open. */
    public @Nullable ApprovalStep waitingFor() {
        return status == ApprovalStatus.PENDING && currentStep < steps.size() ? steps.get(currentStep) : null;
    }
}
