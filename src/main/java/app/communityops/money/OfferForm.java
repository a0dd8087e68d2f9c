package app.communityops.money;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An offer as staff enter it. The sale window is given in days of the tenant's zone: the first day from its
 * start, the last day to its end.
 */
public class OfferForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private @Nullable OfferType type = OfferType.PAID_KNOWLEDGE;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.01", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.money}")
    private @Nullable BigDecimal price;

    @NotNull(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.required}")
    private String currency = "CNY";

    @NotNull(message = "{validation.required}")
    private @Nullable OfferStatus status = OfferStatus.DRAFT;

    private @Nullable LocalDate saleFrom;

    private @Nullable LocalDate saleUntil;

    private boolean hitProduct;

    @Size(max = 4000, message = "{validation.size}")
    private @Nullable String salesScript;

    @Size(max = 4000, message = "{validation.size}")
    private @Nullable String followUpNotes;

    private Set<UUID> communityIds = new LinkedHashSet<>();

    public static OfferForm of(OfferSummary offer, @Nullable LocalDate saleFrom, @Nullable LocalDate saleUntil) {
        OfferForm form = new OfferForm();
        form.setName(offer.name());
        form.setType(offer.type());
        form.setPrice(offer.price());
        form.setCurrency(offer.currency());
        form.setStatus(offer.status());
        form.setSaleFrom(saleFrom);
        form.setSaleUntil(saleUntil);
        form.setHitProduct(offer.hitProduct());
        form.setSalesScript(offer.salesScript());
        form.setFollowUpNotes(offer.followUpNotes());
        form.setCommunityIds(new LinkedHashSet<>(offer.communityIds()));
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public @Nullable OfferType getType() { return type; }
    public void setType(@Nullable OfferType type) { this.type = type; }
    public @Nullable BigDecimal getPrice() { return price; }
    public void setPrice(@Nullable BigDecimal price) { this.price = price; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public @Nullable OfferStatus getStatus() { return status; }
    public void setStatus(@Nullable OfferStatus status) { this.status = status; }
    public @Nullable LocalDate getSaleFrom() { return saleFrom; }
    public void setSaleFrom(@Nullable LocalDate saleFrom) { this.saleFrom = saleFrom; }
    public @Nullable LocalDate getSaleUntil() { return saleUntil; }
    public void setSaleUntil(@Nullable LocalDate saleUntil) { this.saleUntil = saleUntil; }
    public boolean isHitProduct() { return hitProduct; }
    public void setHitProduct(boolean hitProduct) { this.hitProduct = hitProduct; }
    public @Nullable String getSalesScript() { return salesScript; }
    public void setSalesScript(@Nullable String salesScript) { this.salesScript = salesScript; }
    public @Nullable String getFollowUpNotes() { return followUpNotes; }
    public void setFollowUpNotes(@Nullable String followUpNotes) { this.followUpNotes = followUpNotes; }
    public Set<UUID> getCommunityIds() { return communityIds; }
    public void setCommunityIds(Set<UUID> communityIds) { this.communityIds = communityIds; }
}
