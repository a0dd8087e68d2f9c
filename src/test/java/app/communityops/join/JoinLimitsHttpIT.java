package app.communityops.join;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public join pages over real HTTP: they answer under the protective headers every other page has, and a
 * token that names nothing reads exactly like a paused page (the same status, the same page apart from the
 * per-request values), so tokens cannot be probed; page loads from one client address are limited, alike for
 * links that exist and links that do not. Runs with the browser journeys (same server, same JVM), so the limit's
 * buckets are emptied before and after its test. The smaller limits of submissions are tested in JoinFlowTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class JoinLimitsHttpIT {

    private static final String UNKNOWN = "Q".repeat(22);

    @LocalServerPort
    private int port;

    @Autowired
    private JoinTestData data;

    @Autowired
    private JoinPageService pages;

    @Autowired
    private JoinPublicService join;

    @Autowired
    private JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void thePublicPagesAnswerUnderTheProtectiveHeaders() throws Exception {
        JoinTestData.Ready ready = data.paidEntry(500);
        String status = join.apply(ready.token(), JoinTestData.applicant("Qi", "13800138041"), "198.51.100.41");

        for (String path : List.of(JoinNavigation.publicPath(ready.token()), JoinNavigation.publicPath(UNKNOWN),
                JoinNavigation.statusPath(status), JoinNavigation.statusPath(UNKNOWN))) {
            for (boolean overHttps : List.of(true, false)) {
                HttpResponse<String> response = get(path, overHttps);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                        .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
                                .contains("base-uri").contains("object-src 'none'").doesNotContain("*"));
                assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
                assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                        .contains("strict-origin-when-cross-origin");
                assertThat(response.headers().firstValue("Strict-Transport-Security").isPresent()).as(path)
                        .isEqualTo(overHttps);
            }
        }
    }

    @Test
    void anUnknownTokenAndAPausedPageAnswerExactlyAlike() throws Exception {
        JoinTestData.Ready ready = data.paidEntry(500);
        as(ready.tenant().operator(), () -> {
            JoinPageDetails current = pages.page(ready.communityId());
            JoinPageForm form = JoinPageForm.of(current);
            form.setPaused(true);
            return pages.save(ready.communityId(), current.version(), form);
        });

        HttpResponse<String> paused = get(JoinNavigation.publicPath(ready.token()), false);
        HttpResponse<String> unknown = get(JoinNavigation.publicPath(UNKNOWN), false);
        assertThat(unknown.statusCode()).isEqualTo(paused.statusCode());
        assertThat(masked(unknown.body(), UNKNOWN)).isEqualTo(masked(paused.body(), ready.token()));
    }

    @Test
    void pageLoadsFromOneAddressAreLimitedAlikeForLinksThatExistAndLinksThatDoNot() throws Exception {
        JoinTestData.Ready ready = data.paidEntry(500);
        jdbc.update("delete from join_request_limit");
        try {
            int allowed = 0;
            HttpResponse<String> refused = null;
            for (int i = 0; i < 100 && refused == null; i++) {
                HttpResponse<String> response = get(JoinNavigation.publicPath(i % 2 == 0 ? ready.token() : UNKNOWN),
                        false);
                if (response.statusCode() == 429) {
                    refused = response;
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                    allowed++;
                }
            }
            // the default bucket: 40 at once, then 240 an hour (one more may have dripped in while the loop ran)
            assertThat(refused).isNotNull();
            assertThat(allowed).isBetween(40, 41);
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 15));
            assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(refused.body()).contains("Too many requests").contains("请求过多");

            HttpResponse<String> live = get(JoinNavigation.publicPath(ready.token()), false);
            HttpResponse<String> dead = get(JoinNavigation.publicPath(UNKNOWN), false);
            HttpResponse<String> status = get(JoinNavigation.statusPath(UNKNOWN), false);
            assertThat(List.of(live.statusCode(), dead.statusCode(), status.statusCode())).containsOnly(429);
            assertThat(live.body()).isEqualTo(dead.body()).isEqualTo(status.body());
        } finally {
            jdbc.update("delete from join_request_limit");
        }
    }

    /** The page with the token and every per-request value (keys, CSRF token, ids, times) blotted out. */
    private static String masked(String body, String token) {
        return body.replace(token, "TOKEN")
                .replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "UUID")
                .replaceAll("[A-Za-z0-9_-]{40,}", "RANDOM").replaceAll("\\d{9,}", "NUMBER");
    }

    private HttpResponse<String> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
