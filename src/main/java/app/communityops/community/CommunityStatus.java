package app.communityops.community;

public enum CommunityStatus {
    PLANNING, ACTIVE, ARCHIVED
}
