package app.communityops.tenancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What a tenant's plan allows. The product refuses, with a clear message, anything beyond it. */
public record PlanLimits(
        @Min(value = 1, message = "{validation.min}") @Max(value = 100_000, message = "{validation.max}") int maxCommunities,
        @Min(value = 1, message = "{validation.min}") @Max(value = 100_000_000, message = "{validation.max}") int maxMembers,
        @Min(value = 1, message = "{validation.min}") @Max(value = 100_000, message = "{validation.max}") int maxStaffSeats) {

    public static final PlanLimits STARTER = new PlanLimits(10, 10_000, 5);
}
