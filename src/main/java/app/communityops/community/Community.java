package app.communityops.community;

import app.communityops.shared.Audited;
import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "community")
@Audited
class Community extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel = Channel.WECHAT_GROUP;

    @Column(name = "client_id", nullable = false)
    private UUID clientId = new UUID(0, 0);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommunityStatus status = CommunityStatus.PLANNING;

    @Column(name = "member_capacity")
    private @Nullable Integer memberCapacity;

    private @Nullable String description;

    @Column(name = "vertical_id")
    private @Nullable UUID verticalId;

    @ElementCollection
    @CollectionTable(name = "community_operator", joinColumns = @JoinColumn(name = "community_id"))
    @Column(name = "user_id")
    private Set<UUID> operatorIds = new HashSet<>();

    protected Community() {
    }

    Community(CommunityForm form) {
        apply(form);
    }

    void apply(CommunityForm form) {
        this.name = form.getName().strip();
        this.channel = form.getChannel();
        this.clientId = java.util.Objects.requireNonNull(form.getClientId(), "clientId");
        this.status = form.getStatus();
        this.memberCapacity = form.getMemberCapacity();
        this.verticalId = form.getVerticalId();
        String text = form.getDescription();
        this.description = text == null || text.isBlank() ? null : text.strip();
        this.operatorIds.clear();
        this.operatorIds.addAll(form.getOperatorIds());
    }

    String getName() {
        return name;
    }

    CommunityStatus getStatus() {
        return status;
    }

    @Nullable UUID getVerticalId() {
        return verticalId;
    }

    UUID getClientId() {
        return clientId;
    }

    Set<UUID> getOperatorIds() {
        return Set.copyOf(operatorIds);
    }

    CommunitySummary toSummary() {
        return new CommunitySummary(getId(), name, channel, clientId, status, memberCapacity, description,
                Set.copyOf(operatorIds), getVersion() == null ? 0 : getVersion(), verticalId);
    }
}
