package app.communityops.engagement;

import app.communityops.shared.UserFacingException;
import java.io.Serial;
import java.util.List;

/** A batch refused as a whole because some of its events are not acceptable; nothing of it was written. */
public class EventBatchRejectedException extends UserFacingException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<EventProblem> problems;

    public EventBatchRejectedException(List<EventProblem> problems) {
        super("engagement.error.batchRejected", null, problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<EventProblem> problems() {
        return problems;
    }
}
