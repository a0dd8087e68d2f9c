package app.communityops.members;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A person known to the tenant; their memberships say which communities they are in. */
@Entity
@Table(name = "member")
@Audited
class Member extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    private @Nullable String nickname;

    @Column(nullable = false)
    private String handle = "";

    private @Nullable String phone;

    private @Nullable String email;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", nullable = false)
    private String[] tags = new String[0];

    @Column(name = "channel_id")
    private @Nullable UUID channelId;

    @Column(name = "tier_id")
    private @Nullable UUID tierId;

    @Column(name = "lifetime_purchase", nullable = false)
    private BigDecimal lifetimePurchase = BigDecimal.ZERO;

    private @Nullable String notes;

    @Column(name = "external_id")
    private @Nullable String externalId;

    /** The person this record was kept apart from, because its creator could not see them (decision 0022). */
    @Column(name = "match_of")
    private @Nullable UUID matchOf;

    protected Member() {
    }

    Member(MemberForm form) {
        apply(form);
    }

    Member(MemberForm form, @Nullable UUID matchOf) {
        apply(form);
        this.matchOf = matchOf;
    }

    @Nullable UUID getMatchOf() {
        return matchOf;
    }

    void keepApartFrom(UUID other) {
        this.matchOf = other;
    }

    @Nullable String getPhone() {
        return phone;
    }

    @Nullable String getEmail() {
        return email;
    }

    @Nullable String getExternalId() {
        return externalId;
    }

    void apply(MemberForm form) {
        this.name = form.getName().strip();
        this.nickname = blankToNull(form.getNickname());
        this.handle = form.getHandle().strip();
        this.phone = blankToNull(form.getPhone());
        this.email = blankToNull(form.getEmail());
        this.tags = normaliseTags(form.getTags()).toArray(String[]::new);
        this.channelId = form.getChannelId();
        this.tierId = form.getTierId();
        this.lifetimePurchase = form.getLifetimePurchase() == null ? BigDecimal.ZERO : form.getLifetimePurchase();
        this.notes = blankToNull(form.getNotes());
        this.externalId = blankToNull(form.getExternalId());
    }

    void addTags(Set<String> more) {
        Set<String> merged = new LinkedHashSet<>(List.of(tags));
        merged.addAll(normaliseTags(more));
        this.tags = merged.toArray(String[]::new);
    }

    /** Answers whether any of the tags was there. */
    boolean removeTags(Set<String> gone) {
        Set<String> kept = new LinkedHashSet<>(List.of(tags));
        boolean changed = kept.removeAll(normaliseTags(gone));
        this.tags = kept.toArray(String[]::new);
        return changed;
    }

    String getName() {
        return name;
    }

    String getHandle() {
        return handle;
    }

    Set<String> getTags() {
        return new LinkedHashSet<>(List.of(tags));
    }

    @Nullable UUID getChannelId() {
        return channelId;
    }

    @Nullable UUID getTierId() {
        return tierId;
    }

    BigDecimal getLifetimePurchase() {
        return lifetimePurchase;
    }

    /** A purchase adds, a refund takes away; never below zero, whatever was typed in by hand before. */
    void addToLifetimePurchase(BigDecimal delta) {
        this.lifetimePurchase = lifetimePurchase.add(delta).max(BigDecimal.ZERO);
    }

    MemberDetails toDetails() {
        return new MemberDetails(getId(), name, nickname, handle, phone, email, getTags(), channelId, tierId,
                lifetimePurchase, notes, externalId, getVersion() == null ? 0 : getVersion());
    }

    static Set<String> normaliseTags(Set<String> raw) {
        Set<String> clean = new LinkedHashSet<>();
        for (String tag : raw) {
            String trimmed = tag == null ? "" : tag.strip();
            if (!trimmed.isEmpty()) {
                clean.add(trimmed.length() > MemberForm.TAG_MAX_LENGTH
                        ? trimmed.substring(0, MemberForm.TAG_MAX_LENGTH) : trimmed);
            }
        }
        return clean;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
