package app.communityops.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A content item as the edit form holds it; the publish time is wall-clock time in the tenant's zone. */
public class ContentForm {

    @NotEmpty(message = "{validation.required}")
    private Set<UUID> communityIds = new LinkedHashSet<>();

    @NotNull(message = "{validation.required}")
    private @Nullable ContentCategory category;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size}")
    private String title = "";

    @Size(max = 20000, message = "{validation.size}")
    private String body = "";

    private boolean markdown;

    private @Nullable UUID authorId;

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String channel;

    private @Nullable LocalDateTime publishAt;

    public static ContentForm of(ContentDetails item, @Nullable LocalDateTime localPublishAt) {
        ContentForm form = new ContentForm();
        form.setCommunityIds(new LinkedHashSet<>(item.communityIds()));
        form.setCategory(item.category());
        form.setTitle(item.title());
        form.setBody(item.body());
        form.setMarkdown(item.markdown());
        form.setAuthorId(item.authorId());
        form.setChannel(item.channel());
        form.setPublishAt(localPublishAt);
        return form;
    }

    public Set<UUID> getCommunityIds() { return communityIds; }
    public void setCommunityIds(Set<UUID> communityIds) { this.communityIds = communityIds; }
    public @Nullable ContentCategory getCategory() { return category; }
    public void setCategory(@Nullable ContentCategory category) { this.category = category; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isMarkdown() { return markdown; }
    public void setMarkdown(boolean markdown) { this.markdown = markdown; }
    public @Nullable UUID getAuthorId() { return authorId; }
    public void setAuthorId(@Nullable UUID authorId) { this.authorId = authorId; }
    public @Nullable String getChannel() { return channel; }
    public void setChannel(@Nullable String channel) { this.channel = channel; }
    public @Nullable LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(@Nullable LocalDateTime publishAt) { this.publishAt = publishAt; }
}
