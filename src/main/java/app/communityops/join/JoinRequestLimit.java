package app.communityops.join;

import app.communityops.security.ClientAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every load of a public join page ({@code /join/**}: the page and the status link) takes a token of its client
 * address's bucket (table join_request_limit, where every node sees it) before anything else
 * happens, whether the token in the address names a link or not, so the answer tells nothing about which links
 * exist. An empty bucket answers 429 with {@code Retry-After}, in both languages, as the page itself is. Filing an
 * application and the standing check take their own, smaller buckets on top ({@link JoinRateLimiter}).
 */
final class JoinRequestLimit extends OncePerRequestFilter {

    static final String TOO_MANY = "Too many requests from your network. Please try again later.\n"
            + "来自你所在网络的请求过多，请稍后再试。\n";

    private final JdbcClient jdbc;
    private final double burst;
    private final double perSecond;

    JoinRequestLimit(JdbcClient jdbc, double burst, double perHour) {
        this.jdbc = jdbc;
        this.burst = burst;
        this.perSecond = perHour / 3600;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = JoinTokens.sha256(ClientAddress.counted(request.getRemoteAddr())).substring(0, 40);
        Double wait = jdbc.sql("select join_request_take(?, ?, ?)").params(key, perSecond, burst)
                .query(Double.class).single();
        if (wait == null || wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, (long) Math.ceil(wait))));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(TOO_MANY.getBytes(StandardCharsets.UTF_8));
    }
}
