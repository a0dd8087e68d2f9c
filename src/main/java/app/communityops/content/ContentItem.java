package app.communityops.content;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A piece of content planned for one or more communities, on its way from idea to publication. */
@Entity
@Table(name = "content_item")
@Audited
class ContentItem extends TenantOwnedEntity {

    @ElementCollection
    @CollectionTable(name = "content_item_community", joinColumns = @JoinColumn(name = "content_id"))
    @Column(name = "community_id")
    private Set<UUID> communityIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentKind kind = ContentKind.VALUE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentCategory category = ContentCategory.DEEP_DIVE;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String body = "";

    @Column(nullable = false)
    private boolean markdown;

    @Column(name = "author_id")
    private @Nullable UUID authorId;

    private @Nullable String channel;

    @Column(name = "publish_at")
    private @Nullable Instant publishAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContentStatus status = ContentStatus.IDEA;

    // The revision of what the audience sees; an approval is of one revision (decision 0040).
    @Column(name = "approval_revision", nullable = false)
    private long approvalRevision;

    private @Nullable Integer views;
    private @Nullable Integer reactions;
    private @Nullable Integer replies;
    private @Nullable Integer shares;

    protected ContentItem() {
    }

    ContentItem(ContentStatus status) {
        this.status = status;
    }

    /** Answers whether what the audience sees changed (and with it the approval revision). */
    boolean apply(ContentForm form, @Nullable Instant publishTime) {
        String seenBefore = seen();
        communityIds.clear();
        communityIds.addAll(form.getCommunityIds());
        ContentCategory chosen = Objects.requireNonNull(form.getCategory());
        this.category = chosen;
        this.kind = chosen.kind();
        this.title = form.getTitle().strip();
        this.body = form.getBody();
        this.markdown = form.isMarkdown();
        this.authorId = form.getAuthorId();
        String text = form.getChannel();
        this.channel = text == null || text.isBlank() ? null : text.strip();
        this.publishAt = publishTime;
        if (seenBefore.equals(seen())) {
            return false;
        }
        approvalRevision++;
        return true;
    }

    private String seen() {
        return String.join("\n", String.valueOf(new TreeSet<>(communityIds)), category.name(), title,
                body, String.valueOf(markdown), Objects.requireNonNullElse(channel, ""));
    }

    long getApprovalRevision() {
        return approvalRevision;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    boolean isMarkdown() {
        return markdown;
    }

    @Nullable String getChannel() {
        return channel;
    }

    void setStatus(ContentStatus status) {
        this.status = status;
    }

    void setPublishAt(@Nullable Instant publishAt) {
        this.publishAt = publishAt;
    }

    void setEngagement(EngagementForm form) {
        this.views = form.getViews();
        this.reactions = form.getReactions();
        this.replies = form.getReplies();
        this.shares = form.getShares();
    }

    Set<UUID> getCommunityIds() {
        return Set.copyOf(communityIds);
    }

    ContentKind getKind() {
        return kind;
    }

    ContentStatus getStatus() {
        return status;
    }

    @Nullable Instant getPublishAt() {
        return publishAt;
    }

    @Nullable UUID getAuthorId() {
        return authorId;
    }

    ContentDetails toDetails(@Nullable String authorName) {
        return new ContentDetails(getId(), Set.copyOf(communityIds), kind, category, title, body, markdown, authorId,
                authorName, channel, publishAt, status, new Engagement(views, reactions, replies, shares),
                getCreatedAt(), Objects.requireNonNullElse(getVersion(), 0L));
    }
}
