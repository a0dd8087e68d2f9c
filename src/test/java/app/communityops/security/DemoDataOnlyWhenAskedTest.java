package app.communityops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.w3c.dom.NodeList;

/**
 * Demo data only when asked: the README's {@code ./mvnw spring-boot:run} runs with the "demo" profile, a production
 * start ({@code java -jar}, {@code docker/compose.yaml}) seeds nothing unless DEMO_DATA=true.
 */
class DemoDataOnlyWhenAskedTest {

    @Test
    void aProductionStartHasNoDemoData() throws Exception {
        assertThat(resolve("application.properties", "communityops.demo-data")).isEqualTo("false");
    }

    @Test
    void theDemoProfileHasDemoData() throws Exception {
        assertThat(resolve("application-demo.properties", "communityops.demo-data")).isEqualTo("true");
    }

    @Test
    void theReadmesRunCommandUsesTheDemoProfileAndThePackagedJarDoesNot() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList profiles = (NodeList) xpath.evaluate("/*[local-name()='project']/*[local-name()='build']"
                + "/*[local-name()='plugins']/*[local-name()='plugin'][*[local-name()='artifactId']"
                + "='spring-boot-maven-plugin']/*[local-name()='configuration']/*[local-name()='profiles']"
                + "/*[local-name()='profile']", pom, XPathConstants.NODESET);
        assertThat(profiles.getLength()).isEqualTo(1);
        assertThat(profiles.item(0).getTextContent()).isEqualTo("demo");
        assertThat(Files.readString(Path.of("README.md"))).contains("./mvnw spring-boot:run");
    }

    @Test
    void dockerComposeDefaultsToNoDemoData() throws Exception {
        assertThat(Files.readString(Path.of("docker/compose.yaml"))).contains("DEMO_DATA: ${DEMO_DATA:-false}")
                .doesNotContain("DEMO_DATA:-true");
    }

    /** The value with no environment variables set, as Spring resolves the ${VAR:default} placeholder. */
    private static String resolve(String file, String key) throws Exception {
        Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource(file));
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new PropertiesPropertySource(file, properties));
        return new PropertySourcesPropertyResolver(sources).getProperty(key);
    }
}
