package app.communityops.money;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An order as the form and the CSV import enter it. The paid time is a wall-clock time in the tenant's zone;
 * a referrer is a member or a partner, never both.
 */
public class OrderForm {

    @NotNull(message = "{validation.required}")
    private @Nullable UUID memberId;

    @NotNull(message = "{validation.required}")
    private @Nullable UUID offerId;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.01", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.money}")
    private @Nullable BigDecimal amount;

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.required}")
    private String currency = "CNY";

    @NotNull(message = "{validation.required}")
    private @Nullable LocalDateTime paidAt;

    @NotNull(message = "{validation.required}")
    private @Nullable SalesChannel channel = SalesChannel.IN_GROUP;

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String reference;

    private @Nullable UUID referrerMemberId;

    private @Nullable UUID referrerPartnerId;

    public @Nullable UUID getMemberId() { return memberId; }
    public void setMemberId(@Nullable UUID memberId) { this.memberId = memberId; }
    public @Nullable UUID getOfferId() { return offerId; }
    public void setOfferId(@Nullable UUID offerId) { this.offerId = offerId; }
    public @Nullable BigDecimal getAmount() { return amount; }
    public void setAmount(@Nullable BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public @Nullable LocalDateTime getPaidAt() { return paidAt; }
    public void setPaidAt(@Nullable LocalDateTime paidAt) { this.paidAt = paidAt; }
    public @Nullable SalesChannel getChannel() { return channel; }
    public void setChannel(@Nullable SalesChannel channel) { this.channel = channel; }
    public @Nullable String getReference() { return reference; }
    public void setReference(@Nullable String reference) { this.reference = reference; }
    public @Nullable UUID getReferrerMemberId() { return referrerMemberId; }
    public void setReferrerMemberId(@Nullable UUID referrerMemberId) { this.referrerMemberId = referrerMemberId; }
    public @Nullable UUID getReferrerPartnerId() { return referrerPartnerId; }
    public void setReferrerPartnerId(@Nullable UUID referrerPartnerId) { this.referrerPartnerId = referrerPartnerId; }
}
