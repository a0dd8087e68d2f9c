package app.communityops.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Name, kind and optional colour (#rrggbb) of an activity type. */
public class ActivityTypeForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 60, message = "{validation.size}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private ActivityKind kind = ActivityKind.REGULAR;

    @Size(max = 7, message = "{validation.size}")
    private @Nullable String colour;

    public static ActivityTypeForm of(String name, ActivityKind kind, @Nullable String colour) {
        ActivityTypeForm form = new ActivityTypeForm();
        form.setName(name);
        form.setKind(kind);
        form.setColour(colour);
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public @Nullable String getColour() { return colour; }
    public void setColour(@Nullable String colour) { this.colour = colour; }
}
