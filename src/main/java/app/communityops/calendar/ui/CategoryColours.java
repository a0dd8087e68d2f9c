package app.communityops.calendar.ui;

/**
 * A category's colour, chosen from a fixed palette by its key, so a category keeps its colour across screens,
 * sessions and users without anyone configuring it.
 */
final class CategoryColours {

    private static final String[] PALETTE = {"#1676f3", "#e8710a", "#188038", "#a142f4", "#d93025", "#007b83",
            "#b06000", "#c5221f", "#3f51b5", "#5f6368"};

    private CategoryColours() {
    }

    static String of(String category) {
        return PALETTE[Math.floorMod(category.hashCode(), PALETTE.length)];
    }
}
