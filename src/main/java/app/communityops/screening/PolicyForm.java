package app.communityops.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a community screens (the five mechanisms, how they combine) and when members become elimination candidates.
 * Which parameters an enabled mechanism needs is checked by {@link PolicyValidation}, beside the fields.
 */
public class PolicyForm {

    @NotNull(message = "{validation.required}")
    private Combine combine = Combine.ALL;

    private boolean paidEntry;
    private @Nullable BigDecimal fee;
    private String currency = "CNY";

    private boolean invitationCode;

    private boolean conditionReview;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String criteria;
    private List<ConditionLine> conditions = new ArrayList<>();

    private boolean tierPrivilege;
    private @Nullable UUID minTierId;

    private boolean purchaseAmount;
    private @Nullable BigDecimal minPurchase;

    private @Nullable Integer inactiveDays = 60;
    private @Nullable Integer warningLimit = 3;

    public static PolicyForm of(PolicyDetails policy) {
        PolicyForm form = new PolicyForm();
        form.setCombine(policy.combine());
        form.setPaidEntry(policy.paidEntry());
        form.setFee(policy.fee());
        form.setCurrency(policy.currency());
        form.setInvitationCode(policy.invitationCode());
        form.setConditionReview(policy.conditionReview());
        form.setCriteria(policy.criteria());
        form.setConditions(new ArrayList<>(policy.conditions().stream()
                .map(c -> new ConditionLine(c.id(), c.label(), c.minAttended(), c.attendedTypeId())).toList()));
        form.setTierPrivilege(policy.tierPrivilege());
        form.setMinTierId(policy.minTierId());
        form.setPurchaseAmount(policy.purchaseAmount());
        form.setMinPurchase(policy.minPurchase());
        form.setInactiveDays(policy.inactiveDays());
        form.setWarningLimit(policy.warningLimit());
        return form;
    }

    public Combine getCombine() { return combine; }
    public void setCombine(Combine combine) { this.combine = combine; }
    public boolean isPaidEntry() { return paidEntry; }
    public void setPaidEntry(boolean paidEntry) { this.paidEntry = paidEntry; }
    public @Nullable BigDecimal getFee() { return fee; }
    public void setFee(@Nullable BigDecimal fee) { this.fee = fee; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public boolean isInvitationCode() { return invitationCode; }
    public void setInvitationCode(boolean invitationCode) { this.invitationCode = invitationCode; }
    public boolean isConditionReview() { return conditionReview; }
    public void setConditionReview(boolean conditionReview) { this.conditionReview = conditionReview; }
    public @Nullable String getCriteria() { return criteria; }
    public void setCriteria(@Nullable String criteria) { this.criteria = criteria; }
    public List<ConditionLine> getConditions() { return conditions; }
    public void setConditions(List<ConditionLine> conditions) { this.conditions = conditions; }
    public boolean isTierPrivilege() { return tierPrivilege; }
    public void setTierPrivilege(boolean tierPrivilege) { this.tierPrivilege = tierPrivilege; }
    public @Nullable UUID getMinTierId() { return minTierId; }
    public void setMinTierId(@Nullable UUID minTierId) { this.minTierId = minTierId; }
    public boolean isPurchaseAmount() { return purchaseAmount; }
    public void setPurchaseAmount(boolean purchaseAmount) { this.purchaseAmount = purchaseAmount; }
    public @Nullable BigDecimal getMinPurchase() { return minPurchase; }
    public void setMinPurchase(@Nullable BigDecimal minPurchase) { this.minPurchase = minPurchase; }
    public @Nullable Integer getInactiveDays() { return inactiveDays; }
    public void setInactiveDays(@Nullable Integer inactiveDays) { this.inactiveDays = inactiveDays; }
    public @Nullable Integer getWarningLimit() { return warningLimit; }
    public void setWarningLimit(@Nullable Integer warningLimit) { this.warningLimit = warningLimit; }
}
