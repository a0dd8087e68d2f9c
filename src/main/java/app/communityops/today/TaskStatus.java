package app.communityops.today;

/** Where a task stands. Cancelled tasks (their community archived) leave every list and the service level. */
public enum TaskStatus {
    OPEN, DONE, CANCELLED
}
