package app.communityops.webhook;

import app.communityops.shared.UserFacingException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which URLs an endpoint may have (docs/decisions/0044-webhooks.md): http or https with a host, no user info, and,
 * unless {@code communityops.webhook.allow-private-addresses} is on (tests, a closed network), no host that resolves
 * to a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or unspecified address, so an
 * endpoint cannot be used to reach the console's own network (SSRF). Checked when an endpoint is saved and again
 * before every attempt, since a name may resolve differently later.
 */
@Component
class WebhookAddressGuard {

    private volatile boolean allowPrivate;

    WebhookAddressGuard(@Value("${communityops.webhook.allow-private-addresses:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** For tests that check the refusal in an application that otherwise allows private addresses. */
    boolean allowPrivate(boolean allow) {
        boolean previous = allowPrivate;
        allowPrivate = allow;
        return previous;
    }

    /** The URL parsed, or a refusal naming the field {@code url}. */
    URI check(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new UserFacingException("webhook.error.url.invalid", "url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UserFacingException("webhook.error.url.scheme", "url");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            throw new UserFacingException("webhook.error.url.invalid", "url");
        }
        if (allowPrivate) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new UserFacingException("webhook.error.url.unknownHost", "url", uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw new UserFacingException("webhook.error.url.private", "url", uri.getHost());
            }
        }
        return uri;
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
