package app.communityops.money;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A buyer's review of one order: who wrote it (it must be the buyer), a rating 1–5 and an optional text. */
public class ReviewForm {

    @NotNull(message = "{validation.required}")
    private @Nullable UUID memberId;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 5, message = "{validation.max}")
    private @Nullable Integer rating = 5;

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String text;

    public static ReviewForm of(UUID memberId, int rating, @Nullable String text) {
        ReviewForm form = new ReviewForm();
        form.setMemberId(memberId);
        form.setRating(rating);
        form.setText(text);
        return form;
    }

    public @Nullable UUID getMemberId() { return memberId; }
    public void setMemberId(@Nullable UUID memberId) { this.memberId = memberId; }
    public @Nullable Integer getRating() { return rating; }
    public void setRating(@Nullable Integer rating) { this.rating = rating; }
    public @Nullable String getText() { return text; }
    public void setText(@Nullable String text) { this.text = text; }
}
