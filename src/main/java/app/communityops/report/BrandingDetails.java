package app.communityops.report;

import org.jspecify.annotations.Nullable;

/**
 * The tenant's report branding as the settings screen shows it. {@code version} is -1 until first saved;
 * {@code logoType} is null without a logo.
 */
public record BrandingDetails(@Nullable String displayName, @Nullable String logoType, String monthlyLanguage,
                              long version) {

    public static final String DEFAULT_LANGUAGE = "zh-CN";
    public static final java.util.List<String> LANGUAGES = java.util.List.of("zh-CN", "en");

    static BrandingDetails none() {
        return new BrandingDetails(null, null, DEFAULT_LANGUAGE, -1);
    }

    public boolean hasLogo() {
        return logoType != null;
    }
}
