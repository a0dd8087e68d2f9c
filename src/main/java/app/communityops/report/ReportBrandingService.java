package app.communityops.report;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.UserFacingException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The name and logo a tenant puts on its reports (agencies send them to their clients), and the language of the
 * monthly reports. Tenant admins edit them; every change is audited (the logo as "changed", not its bytes).
 */
@Service
public class ReportBrandingService {

    public static final int MAX_NAME = 120;

    private final TenantBrandingRepository brandings;

    ReportBrandingService(TenantBrandingRepository brandings) {
        this.brandings = brandings;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public BrandingDetails branding() {
        return brandings.findFirstBy().map(TenantBranding::toDetails).orElseGet(BrandingDetails::none);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public BrandingDetails save(long expectedVersion, BrandingForm form) {
        String name = form.getDisplayName() == null || form.getDisplayName().isBlank() ? null
                : form.getDisplayName().strip();
        if (name != null && name.length() > MAX_NAME) {
            throw new UserFacingException("report.branding.error.name", "displayName", MAX_NAME);
        }
        if (!BrandingDetails.LANGUAGES.contains(form.getMonthlyLanguage())) {
            throw new UserFacingException("report.branding.error.language", "monthlyLanguage");
        }
        TenantBranding branding = load(expectedVersion);
        branding.change(name, form.getMonthlyLanguage());
        return brandings.saveAndFlush(branding).toDetails();
    }

    /**
     * PNG, JPEG or WebP up to 1 MB and 4096 × 4096 pixels, recognised and measured from the bytes' headers before
     * anything decodes them; a WebP must also decode.
     */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public BrandingDetails uploadLogo(long expectedVersion, byte[] bytes) {
        switch (ImageSniffer.check(bytes)) {
            case TOO_MANY_BYTES -> throw new UserFacingException("report.branding.error.logoTooLarge", "logo");
            case NOT_AN_IMAGE -> throw new UserFacingException("report.branding.error.logoType", "logo");
            case NO_SIZE -> throw new UserFacingException("report.branding.error.logoUnreadable", "logo");
            case TOO_MANY_PIXELS -> {
                ImageSniffer.Size size = ImageSniffer.size(bytes).orElseThrow();
                throw new UserFacingException("report.branding.error.logoPixels", "logo",
                        String.valueOf(size.width()), String.valueOf(size.height()));
            }
            case ACCEPTABLE -> {
            }
        }
        String type = ImageSniffer.type(bytes).orElseThrow();
        if (type.equals("image/webp") && !PrintableLogo.readable(bytes)) {
            throw new UserFacingException("report.branding.error.logoUnreadable", "logo");
        }
        TenantBranding branding = load(expectedVersion);
        branding.logo(bytes, type);
        return brandings.saveAndFlush(branding).toDetails();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public BrandingDetails removeLogo(long expectedVersion) {
        TenantBranding branding = load(expectedVersion);
        branding.logo(null, null);
        return brandings.saveAndFlush(branding).toDetails();
    }

    /** The logo as stored, for the settings screen's preview. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public Optional<ReportLogo> logo() {
        return brandings.findFirstBy().map(TenantBranding::logo);
    }

    /** For the report being built, which checked its reader already. */
    Issuer issuer(String tenantName) {
        Optional<TenantBranding> branding = brandings.findFirstBy();
        String name = branding.map(TenantBranding::displayName).orElse(tenantName);
        return new Issuer(name, branding.map(TenantBranding::logo).orElse(null));
    }

    Locale monthlyLanguage() {
        return Locale.forLanguageTag(brandings.findFirstBy().map(TenantBranding::monthlyLanguage)
                .orElse(BrandingDetails.DEFAULT_LANGUAGE));
    }

    record Issuer(String name, @Nullable ReportLogo logo) {
    }

    private TenantBranding load(long expectedVersion) {
        Optional<TenantBranding> found = brandings.findFirstBy();
        long current = found.map(branding -> Objects.requireNonNullElse(branding.getVersion(), -1L)).orElse(-1L);
        if (current != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return found.orElseGet(TenantBranding::new);
    }
}
