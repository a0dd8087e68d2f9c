package app.communityops.report;

import app.communityops.notification.MailBranding;
import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail is signed like the reports: the display name (else the tenant's name), the logo, and the reports' language
 * for a recipient who chose none. Read in the caller's tenant; the outbox and its sender call it for any user or job.
 */
@Component
class ReportMailBranding implements MailBranding {

    private final TenantBrandingRepository brandings;
    private final TenantDirectory tenants;

    ReportMailBranding(TenantBrandingRepository brandings, TenantDirectory tenants) {
        this.brandings = brandings;
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public Brand current() {
        String tenantName = TenantContext.current().flatMap(tenants::find).map(TenantSummary::name)
                .orElse("CommunityOps");
        Optional<TenantBranding> branding = brandings.findFirstBy();
        String name = branding.map(TenantBranding::displayName).orElse(tenantName);
        ReportLogo logo = branding.map(TenantBranding::logo).orElse(null);
        String language = branding.map(TenantBranding::monthlyLanguage).orElse(BrandingDetails.DEFAULT_LANGUAGE);
        return new Brand(name, logo == null ? null : logo.bytes(), logo == null ? null : logo.contentType(), language);
    }
}
