package app.communityops.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public class CommunityForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String name = "";

    @NotNull(message = "{validation.required}")
    private Channel channel = Channel.WECHAT_GROUP;

    @NotNull(message = "{validation.required}")
    private @Nullable UUID clientId;

    @NotNull(message = "{validation.required}")
    private CommunityStatus status = CommunityStatus.PLANNING;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = 10_000_000, message = "{validation.max}")
    private @Nullable Integer memberCapacity;

    @Size(max = 4000, message = "{validation.size}")
    private @Nullable String description;

    private Set<UUID> operatorIds = new HashSet<>();

    /** Required for a new community; one created before verticals existed may keep none until edited. */
    private @Nullable UUID verticalId;

    public static CommunityForm of(CommunitySummary community) {
        CommunityForm form = new CommunityForm();
        form.setName(community.name());
        form.setChannel(community.channel());
        form.setClientId(community.clientId());
        form.setStatus(community.status());
        form.setMemberCapacity(community.memberCapacity());
        form.setDescription(community.description());
        form.setOperatorIds(new HashSet<>(community.operatorIds()));
        form.setVerticalId(community.verticalId());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public @Nullable UUID getClientId() {
        return clientId;
    }

    public void setClientId(@Nullable UUID clientId) {
        this.clientId = clientId;
    }

    public CommunityStatus getStatus() {
        return status;
    }

    public void setStatus(CommunityStatus status) {
        this.status = status;
    }

    public @Nullable Integer getMemberCapacity() {
        return memberCapacity;
    }

    public void setMemberCapacity(@Nullable Integer memberCapacity) {
        this.memberCapacity = memberCapacity;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public Set<UUID> getOperatorIds() {
        return operatorIds;
    }

    public void setOperatorIds(Set<UUID> operatorIds) {
        this.operatorIds = operatorIds;
    }

    public @Nullable UUID getVerticalId() {
        return verticalId;
    }

    public void setVerticalId(@Nullable UUID verticalId) {
        this.verticalId = verticalId;
    }
}
