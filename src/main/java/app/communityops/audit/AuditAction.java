package app.communityops.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE, ACCESS
}
