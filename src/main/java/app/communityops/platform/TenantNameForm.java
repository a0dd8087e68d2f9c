package app.communityops.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Renaming a tenant. */
public class TenantNameForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    public static TenantNameForm of(String name) {
        TenantNameForm form = new TenantNameForm();
        form.setName(name);
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
