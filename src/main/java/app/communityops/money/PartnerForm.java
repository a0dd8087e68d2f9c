package app.communityops.money;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new partner: name, kind and, if the partner is also a member, which one. */
public class PartnerForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private @Nullable PartnerKind kind = PartnerKind.PERSON;

    private @Nullable UUID memberId;

    public static PartnerForm of(String name, PartnerKind kind) {
        PartnerForm form = new PartnerForm();
        form.setName(name);
        form.setKind(kind);
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable PartnerKind getKind() { return kind; }
    public void setKind(@Nullable PartnerKind kind) { this.kind = kind; }
    public @Nullable UUID getMemberId() { return memberId; }
    public void setMemberId(@Nullable UUID memberId) { this.memberId = memberId; }
}
