package app.communityops.calendar.ui;

import java.util.Map;

/**
 * A category's colour, chosen from a fixed palette by its key, so a category keeps its colour across screens,
 * sessions and users without anyone configuring it.
 */
final class CategoryColours {

    /** The categories the sources of today define, each with a colour no other one is close to. */
    private static final Map<String, String> KNOWN = Map.of(
            "activity.regular", "#1676f3",
            "activity.innovative", "#a142f4",
            "content.institutional", "#e8710a",
            "content.value", "#188038");
    /** For categories a later source adds: distinct from each other and from the known ones. */
    private static final String[] PALETTE = {"#007b83", "#d93025", "#3f51b5", "#b06000", "#5f6368"};

    private CategoryColours() {
    }

    static String of(String category) {
        String known = KNOWN.get(category);
        return known != null ? known : PALETTE[Math.floorMod(category.hashCode(), PALETTE.length)];
    }
}
