package app.communityops.screening;

import app.communityops.shared.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One policy per community, keyed by the community's id. A mechanism's parameters are kept while it is switched
 * off, as long as they are valid, so switching it back on restores them.
 */
@Entity
@Table(name = "screening_policy")
@Audited
class ScreeningPolicy {

    @Id
    @Column(name = "community_id", nullable = false, updatable = false)
    private UUID communityId = new UUID(0, 0);

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable UUID tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Combine combine = Combine.ALL;

    @Column(name = "paid_entry", nullable = false)
    private boolean paidEntry;

    @Column(name = "fee_amount")
    private @Nullable BigDecimal feeAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "fee_currency", length = 3)
    private @Nullable String feeCurrency;

    @Column(name = "invitation_code", nullable = false)
    private boolean invitationCode;

    @Column(name = "condition_review", nullable = false)
    private boolean conditionReview;

    @Column(name = "condition_criteria")
    private @Nullable String conditionCriteria;

    @Column(name = "tier_privilege", nullable = false)
    private boolean tierPrivilege;

    @Column(name = "min_tier_id")
    private @Nullable UUID minTierId;

    @Column(name = "purchase_amount", nullable = false)
    private boolean purchaseAmount;

    @Column(name = "min_purchase")
    private @Nullable BigDecimal minPurchase;

    @Column(name = "inactive_days", nullable = false)
    private int inactiveDays = 60;

    @Column(name = "warning_limit", nullable = false)
    private int warningLimit = 3;

    @Version
    private @Nullable Long version;

    protected ScreeningPolicy() {
    }

    ScreeningPolicy(UUID communityId) {
        this.communityId = communityId;
    }

    /** The form has passed {@link PolicyValidation}; parameters of switched-off mechanisms are kept if valid. */
    void apply(PolicyForm form) {
        this.combine = form.getCombine();
        this.paidEntry = form.isPaidEntry();
        this.feeAmount = PolicyValidation.validAmount(form.getFee(), 10) ? form.getFee() : null;
        this.feeCurrency = form.getCurrency() != null && form.getCurrency().matches("[A-Z]{3}")
                ? form.getCurrency() : "CNY";
        this.invitationCode = form.isInvitationCode();
        this.conditionReview = form.isConditionReview();
        this.conditionCriteria = Tags.text(form.getCriteria());
        this.tierPrivilege = form.isTierPrivilege();
        this.minTierId = form.getMinTierId();
        this.purchaseAmount = form.isPurchaseAmount();
        this.minPurchase = PolicyValidation.validAmount(form.getMinPurchase(), 12) ? form.getMinPurchase() : null;
        this.inactiveDays = Objects.requireNonNull(form.getInactiveDays());
        this.warningLimit = Objects.requireNonNull(form.getWarningLimit());
    }

    @Nullable Long getVersion() {
        return version;
    }

    @Nullable UUID getMinTierId() {
        return minTierId;
    }

    PolicyDetails toDetails(List<ConditionDetails> conditions, @Nullable String minTierName) {
        return new PolicyDetails(communityId, combine, paidEntry, feeAmount,
                feeCurrency == null ? "CNY" : feeCurrency, invitationCode, conditionReview, conditionCriteria,
                conditions, tierPrivilege, minTierId, minTierName, purchaseAmount, minPurchase, inactiveDays,
                warningLimit, Objects.requireNonNullElse(version, 0L));
    }
}
