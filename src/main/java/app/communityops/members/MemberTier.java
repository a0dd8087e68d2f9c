package app.communityops.members;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A rung of the tenant's member tier ladder (normal, silver, gold, diamond); a higher rank is a higher tier. */
@Entity
@Table(name = "member_tier")
@Audited
class MemberTier extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    @Column(nullable = false)
    private int rank;

    protected MemberTier() {
    }

    MemberTier(MemberTierForm form) {
        apply(form);
    }

    void apply(MemberTierForm form) {
        this.name = form.getName().strip();
        this.rank = form.getRank() == null ? 0 : form.getRank();
    }

    MemberTierSummary toSummary() {
        return new MemberTierSummary(getId(), name, rank, getVersion() == null ? 0 : getVersion());
    }
}
