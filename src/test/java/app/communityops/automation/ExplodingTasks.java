package app.communityops.automation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A task listener that fails for one title, as a broken receiver would: the engine must retry, then give up loudly. */
@Component
class ExplodingTasks {

    static final String TITLE = "explode-in-the-task-module";

    @EventListener
    void on(TaskRequested request) {
        if (TITLE.equals(request.title())) {
            throw new IllegalStateException("The task module is down");
        }
    }
}
