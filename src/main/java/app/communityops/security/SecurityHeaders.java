package app.communityops.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every filter chain sends, in one place (docs/decisions/0024-sign-in-abuse.md, "Headers and cookies"):
 * no framing, no type sniffing, no referrer to other sites, HSTS on HTTPS requests (after a trusted proxy's
 * {@code X-Forwarded-Proto}), and a Content-Security-Policy fitted to what the chain serves.
 */
public final class SecurityHeaders {

    /**
     * Vaadin 25's bootstrap page carries inline scripts and styles and its client evaluates code with
     * {@code new Function}: without 'unsafe-eval' the sign-in form never renders, without inline styles the page's
     * and FullCalendar's styles are refused (tried in headless Chromium). Everything else (bundles, ECharts and
     * FullCalendar from /webjars, images, fonts, the UIDL and push requests) is our own origin; images may also be
     * data: or blob: URLs (logos, chart exports).
     */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** JSON answers, with room for the API's browser documentation (scripts of our own origin, inline styles). */
    static final String API_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Files (CSV exports, calendar feeds): nothing in them may run, load or be framed. */
    static final String DOWNLOAD_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'; sandbox";

    private SecurityHeaders() {
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> console() {
        return with(CONSOLE_POLICY);
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return with(API_POLICY);
    }

    public static Customizer<HeadersConfigurer<HttpSecurity>> downloads() {
        return with(DOWNLOAD_POLICY);
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> with(String policy) {
        return headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        // Before the servlet writes, not when the response commits: Vaadin's bootstrap page is
                        // written in a way that otherwise left it without any of these headers.
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(frames -> frames.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Written only on secure requests, which behind a proxy means its X-Forwarded-Proto said https.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .permissionsPolicyHeader(permissions -> permissions.policy(
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    }
}
