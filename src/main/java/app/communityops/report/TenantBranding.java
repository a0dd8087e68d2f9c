package app.communityops.report;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The tenant's name and logo on its reports, and the language of its monthly reports; one per tenant. */
@Entity
@Table(name = "tenant_branding")
@Audited(masked = "logo")
class TenantBranding extends TenantOwnedEntity {

    @Column(name = "display_name")
    private @Nullable String displayName;

    // Loaded when a report or the preview needs it, not whenever the settings are read.
    @Basic(fetch = FetchType.LAZY)
    private byte @Nullable [] logo;

    @Column(name = "logo_type")
    private @Nullable String logoType;

    @Column(name = "monthly_language", nullable = false)
    private String monthlyLanguage = BrandingDetails.DEFAULT_LANGUAGE;

    TenantBranding() {
    }

    void change(@Nullable String newDisplayName, String newMonthlyLanguage) {
        this.displayName = newDisplayName;
        this.monthlyLanguage = newMonthlyLanguage;
    }

    void logo(byte @Nullable [] bytes, @Nullable String type) {
        this.logo = bytes == null ? null : bytes.clone();
        this.logoType = type;
    }

    @Nullable ReportLogo logo() {
        return logo == null || logoType == null ? null : new ReportLogo(logoType, logo);
    }

    @Nullable String displayName() {
        return displayName;
    }

    String monthlyLanguage() {
        return monthlyLanguage;
    }

    BrandingDetails toDetails() {
        return new BrandingDetails(displayName, logoType, monthlyLanguage,
                getVersion() == null ? -1 : getVersion());
    }
}
