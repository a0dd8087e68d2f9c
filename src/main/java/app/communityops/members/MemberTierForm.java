package app.communityops.members;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Name and rank of a member tier; ranks order the tiers, so each rank is used once. */
public class MemberTierForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.size}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    @Min(value = 0, message = "{validation.min}")
    @Max(value = 1000, message = "{validation.max}")
    private @Nullable Integer rank;

    public static MemberTierForm of(MemberTierSummary tier) {
        MemberTierForm form = new MemberTierForm();
        form.setName(tier.name());
        form.setRank(tier.rank());
        return form;
    }

    public static MemberTierForm of(String name, int rank) {
        MemberTierForm form = new MemberTierForm();
        form.setName(name);
        form.setRank(rank);
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable Integer getRank() { return rank; }
    public void setRank(@Nullable Integer rank) { this.rank = rank; }
}
