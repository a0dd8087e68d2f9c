package app.communityops.money;

/** Where the sale was closed. */
public enum SalesChannel {
    IN_GROUP, PRIVATE_CHAT, LIVE_STREAM, MINI_PROGRAM, OFFLINE, OTHER
}
