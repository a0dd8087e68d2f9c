package app.communityops.join;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A text an operator writes in both languages; a reader gets theirs, or the other when theirs is blank. */
public record Bilingual(@Nullable String zh, @Nullable String en) {

    public static final Bilingual EMPTY = new Bilingual(null, null);

    public Bilingual {
        zh = blankToNull(zh);
        en = blankToNull(en);
    }

    public @Nullable String in(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        String own = chinese ? zh : en;
        return own != null ? own : chinese ? en : zh;
    }

    public boolean isEmpty() {
        return zh == null && en == null;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
