package app.communityops.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class RedLineForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size}")
    private String text = "";

    public static RedLineForm of(String text) {
        RedLineForm form = new RedLineForm();
        form.setText(text);
        return form;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
