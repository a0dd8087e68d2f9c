package app.communityops.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The client address a sign-in came from, as the servlet container reports it: the peer's address, or the
 * address a trusted proxy forwarded (server.tomcat.remoteip, see the README). Never read from a header here.
 * Public for the other limits per client address (the join pages'), so every limit counts an address alike.
 */
public final class ClientAddress {

    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN;
    }

    /**
     * The address as counted: an IPv4 address as is, an IPv6 address by its /64 network, since one subscriber
     * usually holds a whole /64 and could otherwise take a fresh address for every attempt.
     */
    public static String counted(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        String literal = address.strip();
        if (!literal.contains(":")) {
            return literal;
        }
        try {
            // A literal with a colon is parsed, never looked up.
            byte[] bytes = InetAddress.getByName(literal.startsWith("[") ? literal : "[" + literal + "]").getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return literal;
        }
    }
}
