package app.communityops.widgets.fullcalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Addresses of WebJar files. The version is read from the WebJar's own Maven metadata, so the script address
 * follows whatever version the build resolved (FullCalendar's plugins come in through version ranges).
 */
final class WebJarScripts {

    private WebJarScripts() {
    }

    static String path(String artifact, String file) {
        return "context://webjars/" + artifact + "/" + version(artifact) + "/" + file;
    }

    static String version(String artifact) {
        String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = WebJarScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + artifact + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
