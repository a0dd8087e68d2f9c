package app.communityops.screening;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch of invitation codes: how many, how often each may be used, until which day, and who they are
 * attributed to (a staff member or a member, for referrals; at most one of the two).
 */
public class CodeBatchForm {

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 500, message = "{validation.max}")
    private @Nullable Integer count = 1;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 100_000, message = "{validation.max}")
    private @Nullable Integer quota = 1;

    private @Nullable LocalDate validUntil;

    private @Nullable UUID ownerUserId;

    private @Nullable UUID ownerMemberId;

    public @Nullable Integer getCount() { return count; }
    public void setCount(@Nullable Integer count) { this.count = count; }
    public @Nullable Integer getQuota() { return quota; }
    public void setQuota(@Nullable Integer quota) { this.quota = quota; }
    public @Nullable LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(@Nullable LocalDate validUntil) { this.validUntil = validUntil; }
    public @Nullable UUID getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(@Nullable UUID ownerUserId) { this.ownerUserId = ownerUserId; }
    public @Nullable UUID getOwnerMemberId() { return ownerMemberId; }
    public void setOwnerMemberId(@Nullable UUID ownerMemberId) { this.ownerMemberId = ownerMemberId; }
}
