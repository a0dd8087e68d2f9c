package app.communityops.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new key as the tenant admin describes it. The expiry date is inclusive, in the tenant's time zone. */
public class ApiKeyForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.size}")
    private String name = "";

    @NotEmpty(message = "{validation.required}")
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    private @Nullable LocalDate expiresOn;

    private @Nullable UUID communityId;

    /** Whether events of members the tenant does not know create them (through screening) or are refused. */
    private boolean createMembers;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Set<ApiScope> getScopes() { return scopes; }
    public void setScopes(Set<ApiScope> scopes) { this.scopes = scopes; }
    public @Nullable LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(@Nullable LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public @Nullable UUID getCommunityId() { return communityId; }
    public void setCommunityId(@Nullable UUID communityId) { this.communityId = communityId; }
    public boolean isCreateMembers() { return createMembers; }
    public void setCreateMembers(boolean createMembers) { this.createMembers = createMembers; }
}
