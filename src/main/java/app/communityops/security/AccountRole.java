package app.communityops.security;

import app.communityops.shared.Roles;

/** The roles a tenant account can have. Platform admins are separate accounts, outside any tenant. */
public enum AccountRole {
    TENANT_ADMIN(Roles.TENANT_ADMIN, true),
    OPERATOR(Roles.OPERATOR, true),
    CLIENT(Roles.CLIENT, false);

    private final String role;
    private final boolean staff;

    AccountRole(String role, boolean staff) {
        this.role = role;
        this.staff = staff;
    }

    public String role() {
        return role;
    }

    /** Staff occupy a seat of the tenant's plan; client users do not. */
    public boolean isStaff() {
        return staff;
    }
}
