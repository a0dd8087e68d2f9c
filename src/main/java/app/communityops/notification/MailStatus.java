package app.communityops.notification;

/** Where a message of the outbox stands (the meaning of each is in the changelog that creates the outbox). */
public enum MailStatus {
    HELD, QUEUED, SENDING, SENT, FAILED, NOT_SENDABLE
}
