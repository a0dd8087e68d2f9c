package app.communityops.security;

import jakarta.validation.constraints.NotBlank;

/** The user's own password change; the new password's rules are the password policy's, checked by the service. */
public class PasswordChangeForm {

    @NotBlank(message = "{validation.required}")
    private String currentPassword = "";

    @NotBlank(message = "{validation.required}")
    private String newPassword = "";

    @NotBlank(message = "{validation.required}")
    private String repeatPassword = "";

    public boolean repeated() {
        return newPassword.equals(repeatPassword);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
