package app.communityops.api;

import app.communityops.api.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} and applies the key's rate limit. Without a valid, unexpired,
 * unrevoked key of an active tenant the answer is 401, the same for every reason, so a caller learns nothing about
 * keys it does not hold. The security context lives for this request only: the API has no session.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeyAuthenticator authenticator;
    private final ApiRateLimiter limiter;

    private final List<PathPattern> open;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, ApiRateLimiter limiter, String... openPaths) {
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.open = Arrays.stream(openPaths).map(PathPatternParser.defaultInstance::parse).toList();
    }

    /** The OpenAPI description and its UI need no key. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return open.stream().anyMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<ApiCaller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authenticator.authenticate(header.substring(7).strip()) : Optional.empty();
        if (caller.isEmpty()) {
            unauthorized(request, response);
            return;
        }
        // Also refuses a key that was revoked (or whose maker lost access) through another node.
        ApiRateLimiter.Verdict verdict = limiter.acquire(caller.get());
        if (!verdict.usable()) {
            unauthorized(request, response);
            return;
        }
        Duration wait = verdict.retryAfter();
        if (!wait.isZero()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
            Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Rate limit of this key exceeded.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(caller.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(request, response, HttpStatus.UNAUTHORIZED, "A valid API key is required.");
    }
}
