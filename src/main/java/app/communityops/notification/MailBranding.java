package app.communityops.notification;

import org.jspecify.annotations.Nullable;

/**
 * How the current tenant signs its mail: the name and logo of its reports, and the language it writes to someone
 * whose own language is not known. Implemented by the feature that keeps the branding (the reports); without an
 * implementation, mail carries the tenant's name and no logo.
 */
public interface MailBranding {

    /** The branding of the tenant of the current transaction. */
    Brand current();

    /**
     * @param name     the sender's name shown in the message
     * @param logo     the logo's bytes, if any
     * @param logoType its media type ({@code image/png}, ...), present exactly with the logo
     * @param language the language tag to write in when the recipient chose none ({@code zh-CN} or {@code en})
     */
    record Brand(String name, byte @Nullable [] logo, @Nullable String logoType, String language) {
    }
}
