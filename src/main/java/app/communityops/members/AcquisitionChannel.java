package app.communityops.members;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Where the tenant finds members (a forum, a recruiting app, a referral): the "Where" of the Custom area. */
@Entity
@Table(name = "acquisition_channel")
@Audited
class AcquisitionChannel extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    protected AcquisitionChannel() {
    }

    AcquisitionChannel(AcquisitionChannelForm form) {
        apply(form);
    }

    void apply(AcquisitionChannelForm form) {
        this.name = form.getName().strip();
    }

    AcquisitionChannelSummary toSummary() {
        return new AcquisitionChannelSummary(getId(), name, getVersion() == null ? 0 : getVersion());
    }
}
