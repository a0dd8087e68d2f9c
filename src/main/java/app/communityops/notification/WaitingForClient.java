package app.communityops.notification;

import java.util.List;

/**
 * What waits for the signed-in client user, as a feature counts it (items to approve, reports to read). The client's
 * landing page lists every contribution with its count; a feature adds one by declaring a bean.
 */
public interface WaitingForClient {

    /** The entries for the signed-in client user; empty when nothing waits or the user is not a client. */
    List<WaitingEntry> waitingForMe();

    /**
     * One line of the landing page: {@code labelKey} takes the count as its argument ("3 items to approve"),
     * {@code route} opens the list (without a leading slash).
     */
    record WaitingEntry(String labelKey, int count, String route) {
    }
}
