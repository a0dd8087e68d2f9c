package app.communityops.platform;

import app.communityops.tenancy.PlanLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A tenant's plan as the platform admin edits it; boxed so that an emptied field reads as "required". */
public class PlanLimitsForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 100_000, message = "{validation.max}")
    private @Nullable Integer maxCommunities;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 100_000_000, message = "{validation.max}")
    private @Nullable Integer maxMembers;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 100_000, message = "{validation.max}")
    private @Nullable Integer maxStaffSeats;

    public static PlanLimitsForm of(PlanLimits limits) {
        PlanLimitsForm form = new PlanLimitsForm();
        form.setLimits(limits);
        return form;
    }

    public PlanLimits toLimits() {
        return new PlanLimits(required(maxCommunities), required(maxMembers), required(maxStaffSeats));
    }

    public final void setLimits(PlanLimits limits) {
        maxCommunities = limits.maxCommunities();
        maxMembers = limits.maxMembers();
        maxStaffSeats = limits.maxStaffSeats();
    }

    public @Nullable Integer getMaxCommunities() {
        return maxCommunities;
    }

    public void setMaxCommunities(@Nullable Integer maxCommunities) {
        this.maxCommunities = maxCommunities;
    }

    public @Nullable Integer getMaxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(@Nullable Integer maxMembers) {
        this.maxMembers = maxMembers;
    }

    public @Nullable Integer getMaxStaffSeats() {
        return maxStaffSeats;
    }

    public void setMaxStaffSeats(@Nullable Integer maxStaffSeats) {
        this.maxStaffSeats = maxStaffSeats;
    }

    private static int required(@Nullable Integer value) {
        if (value == null) {
            throw new IllegalStateException("Plan limits are validated before use");
        }
        return value;
    }
}
