package app.communityops.security.ui;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * "Chrome on Windows" from a User-Agent header: enough for someone to recognise their own devices in the sessions
 * list. Only the common browsers and systems are named; anything else reads as unknown rather than guessed.
 */
final class DeviceNames {

    record Device(@Nullable String browser, @Nullable String system) {
    }

    private DeviceNames() {
    }

    static Device of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return new Device(browser(ua), system(ua));
    }

    private static @Nullable String browser(String ua) {
        if (ua.contains("micromessenger")) {
            return "WeChat";
        }
        if (ua.contains("edg/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")) {
            return "Chrome";
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return "Safari";
        }
        return null;
    }

    private static @Nullable String system(String ua) {
        if (ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod")) {
            return "iOS";
        }
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return "macOS";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}
