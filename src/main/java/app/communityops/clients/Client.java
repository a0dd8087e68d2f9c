package app.communityops.clients;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A customer of the agency; owns communities, and its client users read them. */
@Entity
@Table(name = "client")
@Audited
class Client extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    @Column(name = "contact_name")
    private @Nullable String contactName;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    private @Nullable String notes;

    /** The tenant admin's grant: the client's users may read its members' contact fields (decision 0021). */
    @Column(name = "contact_access", nullable = false)
    private boolean contactAccess;

    protected Client() {
    }

    Client(ClientForm form) {
        apply(form);
    }

    void apply(ClientForm form) {
        this.name = form.getName().strip();
        this.contactName = blankToNull(form.getContactName());
        this.contactEmail = blankToNull(form.getContactEmail());
        this.notes = blankToNull(form.getNotes());
    }

    void grantContactAccess(boolean granted) {
        this.contactAccess = granted;
    }

    ClientSummary toSummary() {
        return new ClientSummary(getId(), name, contactName, contactEmail, notes, contactAccess,
                getVersion() == null ? 0 : getVersion());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
