package app.communityops.notification;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where mail goes and whom it is from, from the environment (README, "Mail"). Without a host, nothing is sent: the
 * outbox holds every message until one is configured. The console's public address makes the links in a message
 * absolute.
 */
@Component
class MailSettings {

    /** How the connection to the server is protected. */
    enum Security {
        NONE, STARTTLS, SSL
    }

    /** One mail server; {@code username} empty means no authentication. */
    record Smtp(String host, int port, String username, String password, Security security) {
    }

    private volatile @Nullable Smtp smtp;
    private final String fromAddress;
    private final String fromName;
    private final String publicBaseUrl;

    MailSettings(@Value("${communityops.mail.host:}") String host,
                 @Value("${communityops.mail.port:587}") int port,
                 @Value("${communityops.mail.username:}") String username,
                 @Value("${communityops.mail.password:}") String password,
                 @Value("${communityops.mail.security:starttls}") String security,
                 @Value("${communityops.mail.from:no-reply@communityops.invalid}") String fromAddress,
                 @Value("${communityops.mail.from-name:}") String fromName,
                 @Value("${communityops.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.smtp = host.isBlank() ? null
                : new Smtp(host.strip(), port, username.strip(), password,
                        Security.valueOf(security.strip().toUpperCase(Locale.ROOT)));
        this.fromAddress = fromAddress.strip();
        this.fromName = fromName.strip();
        this.publicBaseUrl = publicBaseUrl.strip().replaceAll("/+$", "");
        URI.create(this.publicBaseUrl + "/");
    }

    @Nullable Smtp smtp() {
        return smtp;
    }

    /** Points sending at another server, or none (held); for a test's own server. */
    void use(@Nullable Smtp server) {
        this.smtp = server;
    }

    String fromAddress() {
        return fromAddress;
    }

    /** The configured sender name; empty means the tenant's brand name. */
    String fromName() {
        return fromName;
    }

    /** The absolute address of a route of the console (without a leading slash). */
    String absolute(String route) {
        return publicBaseUrl + "/" + route;
    }

    /** The host part of the public address, the right-hand side of every Message-ID. */
    String messageIdDomain() {
        String host = URI.create(publicBaseUrl + "/").getHost();
        return host == null || host.isBlank() ? "communityops.invalid" : host;
    }
}
