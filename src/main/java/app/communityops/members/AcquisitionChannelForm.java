package app.communityops.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of an acquisition channel. */
public class AcquisitionChannelForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 80, message = "{validation.size}")
    private String name = "";

    public static AcquisitionChannelForm of(String name) {
        AcquisitionChannelForm form = new AcquisitionChannelForm();
        form.setName(name);
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
