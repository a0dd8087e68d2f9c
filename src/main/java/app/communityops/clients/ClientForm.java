package app.communityops.clients;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public class ClientForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String contactName;

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size}")
    private @Nullable String contactEmail;

    @Size(max = 2000, message = "{validation.size}")
    private @Nullable String notes;

    public static ClientForm of(ClientSummary client) {
        ClientForm form = new ClientForm();
        form.setName(client.name());
        form.setContactName(client.contactName());
        form.setContactEmail(client.contactEmail());
        form.setNotes(client.notes());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = contactName;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }
}
