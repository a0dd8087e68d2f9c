package app.communityops.content;

import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/** Engagement figures typed in for a published item; none may be negative. */
public class EngagementForm {

    @Min(value = 0, message = "{validation.min}")
    private @Nullable Integer views;
    @Min(value = 0, message = "{validation.min}")
    private @Nullable Integer reactions;
    @Min(value = 0, message = "{validation.min}")
    private @Nullable Integer replies;
    @Min(value = 0, message = "{validation.min}")
    private @Nullable Integer shares;

    public static EngagementForm of(@Nullable Integer views, @Nullable Integer reactions, @Nullable Integer replies,
                                    @Nullable Integer shares) {
        EngagementForm form = new EngagementForm();
        form.setViews(views);
        form.setReactions(reactions);
        form.setReplies(replies);
        form.setShares(shares);
        return form;
    }

    public @Nullable Integer getViews() { return views; }
    public void setViews(@Nullable Integer views) { this.views = views; }
    public @Nullable Integer getReactions() { return reactions; }
    public void setReactions(@Nullable Integer reactions) { this.reactions = reactions; }
    public @Nullable Integer getReplies() { return replies; }
    public void setReplies(@Nullable Integer replies) { this.replies = replies; }
    public @Nullable Integer getShares() { return shares; }
    public void setShares(@Nullable Integer shares) { this.shares = shares; }
}
