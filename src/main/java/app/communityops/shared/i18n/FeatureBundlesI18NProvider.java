package app.communityops.shared.i18n;

import app.communityops.shared.MessageKey;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Merges every {@code i18n/*_en.properties} and {@code i18n/*_zh_CN.properties} on the classpath, so each feature
 * keeps its own texts next to its code instead of everyone editing one large file.
 * English is the fallback for a key a Chinese bundle lacks; a missing key shows as {@code !key!} and is
 * caught by the bundle-completeness test.
 */
@Component
public class FeatureBundlesI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(FeatureBundlesI18NProvider.class);

    private final Map<String, String> english;
    private final Map<String, String> chinese;

    public FeatureBundlesI18NProvider() {
        this.english = load("classpath*:i18n/*_en.properties");
        this.chinese = load("classpath*:i18n/*_zh_CN.properties");
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = bundleFor(locale).getOrDefault(key, english.get(key));
        if (pattern == null) {
            log.warn("Missing translation key {}", key);
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        Object[] arguments = params.clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MessageKey label) {
                arguments[i] = getTranslation(label.key(), locale);
            }
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    public Map<String, String> keys(Locale locale) {
        return Map.copyOf(bundleFor(locale));
    }

    /** The supported locale closest to the one a browser or user asked for. */
    public static Locale supported(Locale requested) {
        return "zh".equals(requested.getLanguage()) ? CHINESE : ENGLISH;
    }

    private Map<String, String> bundleFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? chinese : english;
    }

    private static Map<String, String> load(String pattern) {
        Map<String, String> merged = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((key, value) -> {
                    if (merged.put((String) key, (String) value) != null) {
                        throw new IllegalStateException("Translation key " + key + " is defined twice");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(merged);
    }
}
