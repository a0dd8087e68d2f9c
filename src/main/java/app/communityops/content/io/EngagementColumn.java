package app.communityops.content.io;

import java.util.List;

/** The columns of an engagement file, with the header names recognised for each (English and Chinese). */
enum EngagementColumn {
    ITEM(200, "item", "title", "id", "content", "内容", "标题"),
    VIEWS(20, "views", "阅读", "阅读量", "浏览量"),
    REACTIONS(20, "reactions", "likes", "点赞", "点赞数"),
    REPLIES(20, "replies", "comments", "回复", "评论", "评论数"),
    SHARES(20, "shares", "转发", "分享", "转发数");

    static final List<EngagementColumn> REQUIRED = List.of(ITEM);
    static final List<EngagementColumn> FIGURES = List.of(VIEWS, REACTIONS, REPLIES, SHARES);

    private final int maxLength;
    private final List<String> names;

    EngagementColumn(int maxLength, String... names) {
        this.maxLength = maxLength;
        this.names = List.of(names);
    }

    int maxLength() {
        return maxLength;
    }

    List<String> names() {
        return names;
    }
}
