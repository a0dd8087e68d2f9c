package app.communityops.shared.scheduling;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per finished run of a scheduled job: which job, the time it was due, which node ran it, how long it
 * took and how it ended. With several nodes on one database this is the evidence that a due run was executed once,
 * and by whom (the two-node check counts these lines); db-scheduler itself keeps no history of past runs.
 */
final class ExecutionLog extends AbstractSchedulerListener {

    private static final Logger log = LoggerFactory.getLogger(ExecutionLog.class);

    private final String nodeName;

    ExecutionLog(String nodeName) {
        this.nodeName = nodeName;
    }

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
        Execution execution = complete.getExecution();
        if (complete.getResult() == ExecutionComplete.Result.OK) {
            log.info("Scheduled job {} due {} ran on node {} in {} ms", execution.getTaskName(),
                    execution.getExecutionTime(), nodeName, complete.getDuration().toMillis());
        } else {
            log.warn("Scheduled job {} due {} failed on node {} after {} ms", execution.getTaskName(),
                    execution.getExecutionTime(), nodeName, complete.getDuration().toMillis(),
                    complete.getCause().orElse(null));
        }
    }
}
