package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every text exists in both languages, with the same placeholders, and none is left empty. */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    @Test
    void everyFeatureBundleHasAChineseTwinWithTheSameKeys() throws IOException {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_en.properties");
        assertThat(english).as("English bundles found").isNotEmpty();
        for (Resource bundle : english) {
            String name = Objects.requireNonNull(bundle.getFilename());
            Resource chinese = bundle.createRelative(name.replace("_en.properties", "_zh_CN.properties"));
            assertThat(chinese.exists()).as("Chinese twin of %s", name).isTrue();
            assertSameTexts(name, load(bundle), load(chinese));
        }
    }

    @Test
    void validationMessagesExistInBothLanguagesAndTheDefault() throws IOException {
        Map<String, String> fallback = load(new ClassPathResource("ValidationMessages.properties"));
        Map<String, String> english = load(new ClassPathResource("ValidationMessages_en.properties"));
        Map<String, String> chinese = load(new ClassPathResource("ValidationMessages_zh_CN.properties"));
        assertThat(english).as("validation messages").isNotEmpty();
        assertSameTexts("ValidationMessages_en", english, chinese);
        assertSameTexts("ValidationMessages", fallback, english);
    }

    private static void assertSameTexts(String name, Map<String, String> english, Map<String, String> chinese) {
        assertThat(english).as("keys of %s", name).isNotEmpty();
        assertThat(chinese.keySet()).as("keys of the twin of %s", name).isEqualTo(english.keySet());
        assertThat(english).as("empty texts in %s", name).allSatisfy((key, text) -> assertThat(text).isNotBlank());
        assertThat(chinese).as("empty texts in the twin of %s", name).allSatisfy((key, text) -> assertThat(text).isNotBlank());
        english.forEach((key, text) -> assertThat(placeholders(chinese.get(key)))
                .as("placeholders of %s in %s", key, name).isEqualTo(placeholders(text)));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Map<String, String> load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }
}
