package app.communityops.members;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the member form and the CSV import fill in; validated the same way at both edges. */
public class MemberForm {

    /** The longest tag a member keeps; longer ones are cut to this length. */
    public static final int TAG_MAX_LENGTH = 40;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String nickname;

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String handle = "";

    @Size(max = 40, message = "{validation.size}")
    private @Nullable String phone;

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private @Nullable String email;

    @Size(max = 20, message = "{validation.size}")
    private Set<String> tags = new LinkedHashSet<>();

    private @Nullable UUID channelId;

    private @Nullable UUID tierId;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.money}")
    private @Nullable BigDecimal lifetimePurchase = BigDecimal.ZERO;

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String notes;

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String externalId;

    public static MemberForm of(MemberDetails member) {
        MemberForm form = new MemberForm();
        form.setName(member.name());
        form.setNickname(member.nickname());
        // A handle the user may not read comes as null; empty, it fails @NotBlank just as null would.
        form.setHandle(member.handle() != null ? member.handle() : "");
        form.setPhone(member.phone());
        form.setEmail(member.email());
        form.setTags(new LinkedHashSet<>(member.tags()));
        form.setChannelId(member.channelId());
        form.setTierId(member.tierId());
        form.setLifetimePurchase(member.lifetimePurchase());
        form.setNotes(member.notes());
        form.setExternalId(member.externalId());
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable String getNickname() { return nickname; }
    public void setNickname(@Nullable String nickname) { this.nickname = nickname; }
    public String getHandle() { return handle; }
    public void setHandle(String handle) { this.handle = handle; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = tags; }
    public @Nullable UUID getChannelId() { return channelId; }
    public void setChannelId(@Nullable UUID channelId) { this.channelId = channelId; }
    public @Nullable UUID getTierId() { return tierId; }
    public void setTierId(@Nullable UUID tierId) { this.tierId = tierId; }
    public @Nullable BigDecimal getLifetimePurchase() { return lifetimePurchase; }
    public void setLifetimePurchase(@Nullable BigDecimal lifetimePurchase) { this.lifetimePurchase = lifetimePurchase; }
    public @Nullable String getNotes() { return notes; }
    public void setNotes(@Nullable String notes) { this.notes = notes; }
    public @Nullable String getExternalId() { return externalId; }
    public void setExternalId(@Nullable String externalId) { this.externalId = externalId; }
}
