package app.communityops.today;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The service level of one operator or community (or the total) over a period: tasks due in it, done by their due
 * time, done after it, still open past it, and open but not due yet. {@code id} null is "the community's operators"
 * in the per-operator table (tasks nobody took), or the total.
 */
public record ServiceLevelRow(@Nullable UUID id, String name, int due, int onTime, int late, int overdue,
                              int openNotDue) {

    /** Done on time among the tasks whose outcome is known (done, or open past due); none when nothing is known. */
    public @Nullable Double onTimeRate() {
        int decided = onTime + late + overdue;
        return decided == 0 ? null : (double) onTime / decided;
    }

    ServiceLevelRow plus(int due, int onTime, int late, int overdue, int openNotDue) {
        return new ServiceLevelRow(id, name, this.due + due, this.onTime + onTime, this.late + late,
                this.overdue + overdue, this.openNotDue + openNotDue);
    }
}
