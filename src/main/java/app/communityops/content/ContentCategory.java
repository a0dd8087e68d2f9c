package app.communityops.content;

import java.util.Arrays;
import java.util.List;

/** The second level of a content item's category, each under one {@link ContentKind}. */
public enum ContentCategory {
    VALUES(ContentKind.INSTITUTIONAL), RULES(ContentKind.INSTITUTIONAL), REWARDS(ContentKind.INSTITUTIONAL),
    ELIMINATION(ContentKind.INSTITUTIONAL), DEEP_DIVE(ContentKind.VALUE), EXPERT_SERIES(ContentKind.VALUE),
    PRACTICAL_TIPS(ContentKind.VALUE), TOOLS_MODELS(ContentKind.VALUE);

    private final ContentKind kind;

    ContentCategory(ContentKind kind) {
        this.kind = kind;
    }

    public ContentKind kind() {
        return kind;
    }

    public static List<ContentCategory> of(ContentKind kind) {
        return Arrays.stream(values()).filter(category -> category.kind == kind).toList();
    }
}
