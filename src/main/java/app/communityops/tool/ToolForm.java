package app.communityops.tool;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public class ToolForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private @Nullable UUID categoryId;

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String vendor;

    @Size(max = 500, message = "{validation.size}")
    private @Nullable String link;

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String purpose;

    private @Nullable FunnelStage funnelStage;

    private @Nullable UUID ownerId;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.money}")
    private @Nullable BigDecimal costAmount;

    private @Nullable String currency;

    @NotNull(message = "{validation.required}")
    private BillingPeriod billingPeriod = BillingPeriod.MONTH;

    @Min(value = 1, message = "{validation.min}")
    private @Nullable Integer seats;

    private @Nullable LocalDate renewalDate;

    @NotNull(message = "{validation.required}")
    private ToolStatus status = ToolStatus.ACTIVE;

    @NotNull(message = "{validation.required}")
    private CostSplit split = CostSplit.EVEN;

    private List<@Valid ToolUsage> usages = new ArrayList<>();

    public static ToolForm of(ToolSummary tool) {
        ToolForm form = new ToolForm();
        form.name = tool.name();
        form.categoryId = tool.categoryId();
        form.vendor = tool.vendor();
        form.link = tool.link();
        form.purpose = tool.purpose();
        form.funnelStage = tool.funnelStage();
        form.ownerId = tool.ownerId();
        form.costAmount = tool.costAmount();
        form.currency = tool.currency();
        form.billingPeriod = tool.billingPeriod();
        form.seats = tool.seats();
        form.renewalDate = tool.renewalDate();
        form.status = tool.status();
        form.split = tool.split();
        form.usages = new ArrayList<>(tool.usages().stream()
                .map(usage -> new ToolUsage(usage.communityId(), usage.weight())).toList());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable UUID getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(@Nullable UUID categoryId) {
        this.categoryId = categoryId;
    }

    public @Nullable String getVendor() {
        return vendor;
    }

    public void setVendor(@Nullable String vendor) {
        this.vendor = vendor;
    }

    public @Nullable String getLink() {
        return link;
    }

    public void setLink(@Nullable String link) {
        this.link = link;
    }

    public @Nullable String getPurpose() {
        return purpose;
    }

    public void setPurpose(@Nullable String purpose) {
        this.purpose = purpose;
    }

    public @Nullable FunnelStage getFunnelStage() {
        return funnelStage;
    }

    public void setFunnelStage(@Nullable FunnelStage funnelStage) {
        this.funnelStage = funnelStage;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(@Nullable UUID ownerId) {
        this.ownerId = ownerId;
    }

    public @Nullable BigDecimal getCostAmount() {
        return costAmount;
    }

    public void setCostAmount(@Nullable BigDecimal costAmount) {
        this.costAmount = costAmount;
    }

    public @Nullable String getCurrency() {
        return currency;
    }

    public void setCurrency(@Nullable String currency) {
        this.currency = currency;
    }

    public BillingPeriod getBillingPeriod() {
        return billingPeriod;
    }

    public void setBillingPeriod(BillingPeriod billingPeriod) {
        this.billingPeriod = billingPeriod;
    }

    public @Nullable Integer getSeats() {
        return seats;
    }

    public void setSeats(@Nullable Integer seats) {
        this.seats = seats;
    }

    public @Nullable LocalDate getRenewalDate() {
        return renewalDate;
    }

    public void setRenewalDate(@Nullable LocalDate renewalDate) {
        this.renewalDate = renewalDate;
    }

    public ToolStatus getStatus() {
        return status;
    }

    public void setStatus(ToolStatus status) {
        this.status = status;
    }

    public CostSplit getSplit() {
        return split;
    }

    public void setSplit(CostSplit split) {
        this.split = split;
    }

    public List<ToolUsage> getUsages() {
        return usages;
    }

    public void setUsages(List<ToolUsage> usages) {
        this.usages = new ArrayList<>(usages);
    }
}
