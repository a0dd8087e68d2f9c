package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Which address a sign-in is counted under: IPv4 as is, IPv6 by its /64, and "unknown" without a request. */
class ClientAddressTest {

    @Test
    void ipv4IsCountedAsIs() {
        assertThat(ClientAddress.counted("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void everyAddressOfOneIpv6SubscriberCountsAsOne() {
        assertThat(ClientAddress.counted("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(ClientAddress.counted("2001:db8:1:2::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.counted("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.counted("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Address() {
        assertThat(ClientAddress.counted("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void withoutARequestTheAddressIsUnknown() {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated("a@b.test", "x");
        assertThat(ClientAddress.of(token)).isEqualTo(ClientAddress.UNKNOWN);
        token.setDetails(new WebAuthenticationDetails("198.51.100.4", null));
        assertThat(ClientAddress.of(token)).isEqualTo("198.51.100.4");
        assertThat(ClientAddress.counted(null)).isEqualTo(ClientAddress.UNKNOWN);
    }
}
