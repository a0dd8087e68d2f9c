package app.communityops.members;

/** Where a record kept apart from someone out of reach came from. */
public enum MatchSource {
    CONSOLE, IMPORT, API
}
