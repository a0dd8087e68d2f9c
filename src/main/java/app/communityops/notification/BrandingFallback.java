package app.communityops.notification;

import app.communityops.shared.TenantContext;
import app.communityops.tenancy.TenantDirectory;
import org.springframework.stereotype.Component;

/** The brand of a tenant when no feature supplies {@link MailBranding}: its name, no logo, Chinese. */
@Component
class BrandingFallback {

    private final TenantDirectory tenants;

    BrandingFallback(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    MailBranding.Brand current() {
        String name = TenantContext.current().flatMap(tenants::find).map(tenant -> tenant.name()).orElse("CommunityOps");
        return new MailBranding.Brand(name, null, null, "zh-CN");
    }
}
