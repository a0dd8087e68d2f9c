package app.communityops.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.MessageKey;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FeatureBundlesI18NProviderTest {

    private final FeatureBundlesI18NProvider texts = new FeatureBundlesI18NProvider();

    @Test
    void anArgumentThatIsAMessageKeyReadsInTheSameLanguage() {
        MessageKey joined = new MessageKey("membership.status.JOINED");

        assertThat(texts.getTranslation("membership.error.transition", Locale.ENGLISH, joined))
                .isEqualTo("Not possible while the membership is Joined.");
        assertThat(texts.getTranslation("membership.error.transition", Locale.SIMPLIFIED_CHINESE, joined))
                .isEqualTo("成员状态为 已入群 时无法执行此操作。");
    }
}
