package app.communityops.report;

import org.jspecify.annotations.Nullable;

/** The agency's commentary on one section of the report; blank parts are left out of the report. */
public record SectionCommentary(String sectionKey, @Nullable String highlights, @Nullable String problems,
                                @Nullable String plan) {

    public static final int MAX_LENGTH = 4000;

    public boolean isBlank() {
        return blank(highlights) && blank(problems) && blank(plan);
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
