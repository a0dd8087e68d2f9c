package app.communityops.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the people screen edits. The email is fixed once the account exists. */
public class AccountForm {

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private String email = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String displayName = "";

    @NotNull(message = "{validation.required}")
    private AccountRole role = AccountRole.OPERATOR;

    private @Nullable UUID clientId;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public AccountRole getRole() {
        return role;
    }

    public void setRole(AccountRole role) {
        this.role = role;
    }

    public @Nullable UUID getClientId() {
        return clientId;
    }

    public void setClientId(@Nullable UUID clientId) {
        this.clientId = clientId;
    }
}
