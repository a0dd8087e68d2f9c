package app.communityops;

import java.net.URL;
import org.springframework.aot.AotDetector;
import org.springframework.util.ClassUtils;

/**
 * Turns on the start code that the production build generates ahead of time ({@code process-aot}: bean definitions
 * as plain Java, no component scan, no condition evaluation at start), when the application runs from the
 * production jar that carries it. Decision 0038.
 *
 * <p>Only there: a development start, an IDE or a test runs from {@code target/classes}, where classes generated
 * by an earlier production build may be left over and would describe yesterday's beans. A JVM option
 * {@code -Dspring.aot.enabled=false} still turns it off.
 */
final class GeneratedStart {

    private static final String INITIALIZER = "app.communityops.Application__ApplicationContextInitializer";

    private GeneratedStart() {
    }

    static void useWhenPackaged() {
        if (System.getProperty(AotDetector.AOT_ENABLED) == null && runsFromJar()
                && ClassUtils.isPresent(INITIALIZER, Application.class.getClassLoader())) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }

    private static boolean runsFromJar() {
        URL self = Application.class.getResource("Application.class");
        return self != null && "jar".equals(self.getProtocol());
    }
}
