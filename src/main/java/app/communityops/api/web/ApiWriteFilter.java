package app.communityops.api.web;

import app.communityops.api.ApiCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every POST and PUT of the API: the body is JSON (415 otherwise), limited to {@link #MAX_BODY} (413 beyond), and
 * the whole request runs in one transaction, so a refused request leaves nothing behind. With an
 * {@code Idempotency-Key} header the key is claimed in that transaction first: a retry of a finished request gets its stored answer back; a retry while
 * the first is still running waits on the claim's primary key and then reads that answer; the same key with a
 * different request is refused with 422. Only successful answers are stored: a refused request claims nothing
 * (its transaction rolls back), so a corrected retry may use the same key. Stored answers expire after a day.
 */
public final class ApiWriteFilter extends OncePerRequestFilter {

    public static final int MAX_BODY = 2 * 1024 * 1024;
    static final String HEADER = "Idempotency-Key";
    private static final Duration KEEP = Duration.ofHours(24);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ApiWriteFilter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!json(request.getContentType())) {
            // Spring MVC would refuse it too, but outside the API's error handling: its error page belongs to the
            // console, which answered an integration with a redirect to the sign-in page.
            Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be "
                    + MediaType.APPLICATION_JSON_VALUE + ".");
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY) {
            Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body.length > MAX_BODY) {
            Problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
            return;
        }
        String key = request.getHeader(HEADER);
        if (key != null && (key.isBlank() || key.length() > 255)) {
            Problems.write(request, response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to 255 characters.");
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, body);
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        Outcome outcome = transactions.execute(status -> {
            if (key != null) {
                Outcome earlier = claim(key, hash(request, body));
                if (earlier != null) {
                    return earlier;
                }
            }
            try {
                chain.doFilter(cached, wrapped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
            if (wrapped.getStatus() >= 200 && wrapped.getStatus() < 300) {
                if (key != null) {
                    jdbc.update("update api_idempotency set response_status = ?, response_body = ?"
                                    + " where key_id = ? and idempotency_key = ?", wrapped.getStatus(),
                            wrapped.getContentAsByteArray(), ApiCaller.require().keyId(), key);
                }
            } else {
                status.setRollbackOnly();
            }
            return Outcome.PROCESSED;
        });
        if (outcome != null && outcome != Outcome.PROCESSED) {
            outcome.write(request, response);
        } else {
            wrapped.copyBodyToResponse();
        }
    }

    /** Every body the API reads is JSON, as each write endpoint declares ({@code consumes}). */
    private static boolean json(@Nullable String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(
                    MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Claims the key, or answers what an earlier request with it got. */
    private @Nullable Outcome claim(String key, byte[] hash) {
        ApiCaller caller = ApiCaller.require();
        Instant now = clock.instant();
        jdbc.update("delete from api_idempotency where key_id = ? and idempotency_key = ? and expires_at < ?",
                caller.keyId(), key, Timestamp.from(now));
        int claimed = jdbc.update("""
                insert into api_idempotency (tenant_id, key_id, idempotency_key, request_hash, expires_at, created_at)
                values (current_tenant_id(), ?, ?, ?, ?, ?) on conflict do nothing""",
                caller.keyId(), key, hash, Timestamp.from(now.plus(KEEP)), Timestamp.from(now));
        if (claimed == 1) {
            return null;
        }
        Map<String, @Nullable Object> earlier = jdbc.queryForMap("select request_hash, response_status, response_body"
                + " from api_idempotency where key_id = ? and idempotency_key = ?", caller.keyId(), key);
        if (!Arrays.equals((byte[]) earlier.get("request_hash"), hash)) {
            return new Outcome.Mismatch();
        }
        // The claim and the response are written in one transaction, so a claim another request sees has both.
        return new Outcome.Replay(((Number) Objects.requireNonNull(earlier.get("response_status"))).intValue(),
                (byte[]) Objects.requireNonNull(earlier.get("response_body")));
    }

    private static byte[] hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return digest.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readNBytes(MAX_BODY + 1);
    }

    private static String tooLarge() {
        return "The body is larger than " + MAX_BODY / 1024 / 1024 + " MiB.";
    }

    private sealed interface Outcome {

        Outcome PROCESSED = new Processed();

        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;

        record Processed() implements Outcome {
            @Override
            public void write(HttpServletRequest request, HttpServletResponse response) {
            }
        }

        record Mismatch() implements Outcome {
            @Override
            public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
                Problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                        "This Idempotency-Key was used for a different request.");
            }
        }

        record Replay(int status, byte[] body) implements Outcome {
            @Override
            public void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setStatus(status);
                response.setContentType("application/json");
                response.setHeader("Idempotent-Replayed", "true");
                response.getOutputStream().write(body);
            }
        }
    }
}
