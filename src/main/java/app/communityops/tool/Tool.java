package app.communityops.tool;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "tool")
@Audited
class Tool extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";
    @Column(name = "category_id", nullable = false)
    private UUID categoryId = new UUID(0, 0);
    private @Nullable String vendor;
    private @Nullable String link;
    private @Nullable String purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "funnel_stage")
    private @Nullable FunnelStage funnelStage;
    @Column(name = "owner_id")
    private @Nullable UUID ownerId;
    @Column(name = "cost_amount")
    private @Nullable BigDecimal costAmount;
    @Column(name = "cost_currency", length = 3)
    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable String currency;
    @Enumerated(EnumType.STRING)
    @Column(name = "billing_period", nullable = false)
    private BillingPeriod billingPeriod = BillingPeriod.MONTH;
    private @Nullable Integer seats;
    @Column(name = "renewal_date")
    private @Nullable LocalDate renewalDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ToolStatus status = ToolStatus.ACTIVE;
    @Enumerated(EnumType.STRING)
    @Column(name = "cost_split", nullable = false)
    private CostSplit split = CostSplit.EVEN;
    @ElementCollection
    @CollectionTable(name = "tool_community", joinColumns = @JoinColumn(name = "tool_id"))
    private List<ToolUsage> usages = new ArrayList<>();

    protected Tool() {
    }

    Tool(ToolForm form) {
        apply(form);
    }

    void apply(ToolForm form) {
        this.name = form.getName().strip();
        this.categoryId = java.util.Objects.requireNonNull(form.getCategoryId());
        this.vendor = blankToNull(form.getVendor());
        this.link = blankToNull(form.getLink());
        this.purpose = blankToNull(form.getPurpose());
        this.funnelStage = form.getFunnelStage();
        this.ownerId = form.getOwnerId();
        this.costAmount = form.getCostAmount();
        this.currency = costAmount == null ? null : blankToNull(form.getCurrency());
        this.billingPeriod = form.getBillingPeriod();
        this.seats = form.getSeats();
        this.renewalDate = form.getRenewalDate();
        this.status = form.getStatus();
        this.split = form.getSplit();
        this.usages.clear();
        form.getUsages().forEach(usage -> usages.add(new ToolUsage(usage.communityId(),
                split == CostSplit.EVEN ? BigDecimal.ONE : usage.weight())));
    }

    String getName() {
        return name;
    }

    UUID getCategoryId() {
        return categoryId;
    }

    List<ToolUsage> getUsages() {
        return usages;
    }

    ToolSummary toSummary(String categoryName, java.util.function.Predicate<UUID> visibleCommunity) {
        BigDecimal monthly = costAmount == null ? null : billingPeriod.monthly(costAmount);
        List<UsageShare> shares = CostShares.of(monthly, split, usages).stream()
                .filter(share -> visibleCommunity.test(share.communityId())).toList();
        return new ToolSummary(getId(), name, categoryId, categoryName, vendor, link, purpose, funnelStage, ownerId,
                costAmount, currency, billingPeriod, seats, renewalDate, status, split, shares,
                getVersion() == null ? 0 : getVersion());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
