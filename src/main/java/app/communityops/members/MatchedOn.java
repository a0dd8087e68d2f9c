package app.communityops.members;

/** Which of a person's keys an added or imported member shared with someone out of the caller's reach. */
public enum MatchedOn {
    HANDLE, EXTERNAL_ID, PHONE, EMAIL
}
