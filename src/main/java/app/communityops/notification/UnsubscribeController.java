package app.communityops.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs {@code List-Unsubscribe=One-Click} to the address in the
 * message's {@code List-Unsubscribe} header. Every token gets the same answer, valid or not, so the endpoint tells a
 * guesser nothing; only the rate limit answers differently. A person following the link in the message reaches the
 * unsubscribe page instead, which asks before it acts (mail scanners open links).
 */
@RestController
class UnsubscribeController {

    private final NotificationSettingsService settings;
    private final UnsubscribeLimiter limiter;

    UnsubscribeController(NotificationSettingsService settings, UnsubscribeLimiter limiter) {
        this.settings = settings;
        this.limiter = limiter;
    }

    @PostMapping("/" + MailRenderer.ONE_CLICK_PATH + "{token}")
    ResponseEntity<String> oneClick(@PathVariable String token, HttpServletRequest request) {
        if (!limiter.allow(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).cacheControl(CacheControl.noStore())
                    .contentType(MediaType.TEXT_PLAIN).body("Too many requests\n");
        }
        settings.unsubscribe(token);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_PLAIN)
                .body("Unsubscribed\n");
    }
}
