package app.communityops.kpi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The canvas as the Manage page edits it. */
public class CanvasForm {

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String founderResources;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String targetUsers;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String problemSolved;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String valueProvided;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String monetisation;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String coreGoal;
    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String kpiBreakdown;
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 90, message = "{validation.max}")
    private int activationDays = 7;
    @NotEmpty(message = "{validation.required}")
    private Set<String> activationTypes = new LinkedHashSet<>(CanvasDetails.DEFAULT_ACTIVATION);
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{3}", message = "{validation.required}")
    private String currency = "CNY";

    public static CanvasForm of(CanvasDetails details) {
        CanvasForm form = new CanvasForm();
        form.founderResources = details.founderResources();
        form.targetUsers = details.targetUsers();
        form.problemSolved = details.problemSolved();
        form.valueProvided = details.valueProvided();
        form.monetisation = details.monetisation();
        form.coreGoal = details.coreGoal();
        form.kpiBreakdown = details.kpiBreakdown();
        form.activationDays = details.activationDays();
        form.activationTypes = new LinkedHashSet<>(details.activationTypes());
        form.currency = details.currency();
        return form;
    }

    public @Nullable String getFounderResources() { return founderResources; }
    public void setFounderResources(@Nullable String value) { this.founderResources = value; }
    public @Nullable String getTargetUsers() { return targetUsers; }
    public void setTargetUsers(@Nullable String value) { this.targetUsers = value; }
    public @Nullable String getProblemSolved() { return problemSolved; }
    public void setProblemSolved(@Nullable String value) { this.problemSolved = value; }
    public @Nullable String getValueProvided() { return valueProvided; }
    public void setValueProvided(@Nullable String value) { this.valueProvided = value; }
    public @Nullable String getMonetisation() { return monetisation; }
    public void setMonetisation(@Nullable String value) { this.monetisation = value; }
    public @Nullable String getCoreGoal() { return coreGoal; }
    public void setCoreGoal(@Nullable String value) { this.coreGoal = value; }
    public @Nullable String getKpiBreakdown() { return kpiBreakdown; }
    public void setKpiBreakdown(@Nullable String value) { this.kpiBreakdown = value; }
    public int getActivationDays() { return activationDays; }
    public void setActivationDays(int value) { this.activationDays = value; }
    public Set<String> getActivationTypes() { return activationTypes; }
    public void setActivationTypes(Set<String> value) { this.activationTypes = value; }
    public String getCurrency() { return currency; }
    public void setCurrency(String value) { this.currency = value; }
}
