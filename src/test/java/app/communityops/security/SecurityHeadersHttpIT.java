package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real HTTP against the running server, as a TLS proxy on the same host would send it: every filter chain (console,
 * API and its documentation, calendar feed, export) answers with the protective headers, HSTS only over HTTPS, and
 * the session cookie is Secure over a forwarded HTTPS request, always HttpOnly and SameSite=Lax. Runs with the
 * browser journeys (same server, same JVM): a second web context beside the Karibu tests' would unsettle them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersHttpIT {

    /** One path per filter chain, plus the API's browser documentation. */
    private static final String CONSOLE = "/login";
    private static final String API = "/api/v1/communities";
    private static final String API_DOCS = "/api/openapi";
    private static final String FEED = "/ical/no-such-token.ics";
    private static final String REPORT_LINK = "/report-links/no-such-token";
    private static final String EXPORT = "/export/communities/" + UUID.randomUUID() + "/members.csv";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TestTenants tenants;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {CONSOLE, API, API_DOCS, FEED, REPORT_LINK, "/export/communities/00000000-0000-0000-0000-000000000000/members.csv"})
    void everyChainSendsTheProtectiveHeadersAndHstsOnlyOverHttps(String path) throws Exception {
        HttpResponse<Void> https = get(path, true);
        HttpResponse<Void> plain = get(path, false);

        for (HttpResponse<Void> response : List.of(https, plain)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> {
                assertThat(csp).contains("frame-ancestors 'none'").contains("base-uri");
                assertThat(csp.contains("object-src 'none'") || csp.startsWith("default-src 'none'")).as(csp).isTrue();
            });
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .contains("strict-origin-when-cross-origin");
        }
        assertThat(https.headers().firstValue("Strict-Transport-Security")).as(path)
                .contains("max-age=31536000 ; includeSubDomains");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
    }

    @Test
    void theConsoleRunsUnderAPolicyThatAllowsOnlyItsOwnOrigin() throws Exception {
        String csp = get(CONSOLE, false).headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(csp).contains("default-src 'self'").contains("connect-src 'self'").doesNotContain("*")
                .doesNotContain("http:").doesNotContain("https:");
        assertThat(get(FEED, false).headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").contains("sandbox");
        assertThat(get(EXPORT, false).headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").contains("sandbox");
        assertThat(get(REPORT_LINK, false).headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").contains("sandbox");
    }

    @Test
    void theSessionCookieIsSecureOverForwardedHttpsAndAlwaysHttpOnlyAndSameSite() throws Exception {
        String overHttps = sessionCookie(get(CONSOLE, true));
        String overHttp = sessionCookie(get(CONSOLE, false));

        assertThat(overHttps).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(overHttp).doesNotContainIgnoringCase("Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void theSignInFormIsThrottledByTheAddressATrustedProxyForwarded() throws Exception {
        TestTenants.Fixture fixture = tenants.create();
        String email = fixture.operator().email();
        String stranger = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 0; attempt <= SignInThrottle.PAIR.freeAttempts(); attempt++) {
            assertThat(signIn(email, "not-the-password", stranger)).endsWith("/login?error");
        }

        // The sixth attempt was refused before any check: the forwarded address's pair stays at the free budget.
        assertThat(jdbc.queryForObject("select failures from sign_in_throttle where counter = ?", Integer.class,
                "pair:" + stranger + " " + email)).isEqualTo(SignInThrottle.PAIR.freeAttempts());
        assertThat(signIn(email, TestTenants.PASSWORD, stranger)).endsWith("/login?error");
        assertThat(signIn(email, TestTenants.PASSWORD, "198.51.100.20")).doesNotContain("error");
    }

    /** Posts the sign-in form as a proxy on this host would forward it; answers where the browser is sent. */
    private String signIn(String email, String password, String forwardedFor) throws Exception {
        String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", forwardedFor)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String sessionCookie(HttpResponse<Void> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<Void> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
