package app.communityops.tenancy;

public enum TenantStatus {
    ACTIVE, SUSPENDED
}
