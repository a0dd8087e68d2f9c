package app.communityops.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the branding screen edits besides the logo: the name on the reports and the monthly reports' language. */
public class BrandingForm {

    @Size(max = 120)
    private @Nullable String displayName;

    @NotNull
    private String monthlyLanguage = BrandingDetails.DEFAULT_LANGUAGE;

    public static BrandingForm of(BrandingDetails details) {
        BrandingForm form = new BrandingForm();
        form.setDisplayName(details.displayName());
        form.setMonthlyLanguage(details.monthlyLanguage());
        return form;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(@Nullable String displayName) {
        this.displayName = displayName;
    }

    public String getMonthlyLanguage() {
        return monthlyLanguage;
    }

    public void setMonthlyLanguage(String monthlyLanguage) {
        this.monthlyLanguage = monthlyLanguage;
    }
}
