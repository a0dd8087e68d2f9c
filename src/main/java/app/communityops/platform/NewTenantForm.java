package app.communityops.platform;

import app.communityops.tenancy.PlanLimits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new tenant together with its first tenant admin: a tenant nobody can sign in to would be useless, so both
 * are created at once or not at all.
 */
public class NewTenantForm extends PlanLimitsForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String adminEmail = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String adminDisplayName = "";

    /** Length and content rules are the password policy's, checked by the account service. */
    @NotBlank(message = "{validation.required}")
    private String adminPassword = "";

    public NewTenantForm() {
        setLimits(PlanLimits.STARTER);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminDisplayName() {
        return adminDisplayName;
    }

    public void setAdminDisplayName(String adminDisplayName) {
        this.adminDisplayName = adminDisplayName;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }
}
