package app.communityops.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a tenant is suspended: shown to the platform team and kept in the tenant's audit log. */
public class SuspensionForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.size}")
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
