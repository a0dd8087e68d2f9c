package app.communityops.notification;

/**
 * Queues mail in the caller's transaction (a transactional outbox): the message exists exactly when what caused it
 * was committed, and a scheduled job sends it later, once, with retries. Without a mail server configured the
 * message stays queued and the tenant admins can read it on the outbox screen.
 */
public interface MailOutbox {

    /**
     * Queues the message unless the recipient turned its topic off for email. Must run inside a transaction.
     *
     * @return whether a message was queued
     */
    boolean queue(OutgoingMail mail);

    /** Queues a message to someone who is not a user of the console. Must run inside a transaction. */
    void queue(AddressedMail mail);
}
