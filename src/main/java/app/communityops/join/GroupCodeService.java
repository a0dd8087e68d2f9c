package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.shared.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's group QR codes (群活码): the operator uploads each group's code with its seats (at most 500, a WeChat
 * group's size) and the expiry printed on it; the join page hands out the first in order with room
 * (群满自动换群). A code is retired, never deleted, so the applicants it went to keep their history.
 */
@Service
@PreAuthorize(Access.STAFF)
public class GroupCodeService {

    public static final int MAX_CAPACITY = 500;
    static final int MAX_LABEL = 120;

    private final GroupCodeQueries codes;
    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final Clock clock;

    GroupCodeService(GroupCodeQueries codes, CommunityService communities, TenantDirectory tenants, Clock clock) {
        this.codes = codes;
        this.communities = communities;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<GroupCodeDetails> codes(UUID communityId) {
        communities.writable(communityId);
        return codes.of(communityId);
    }

    /** Today in the tenant's time zone: the day a printed expiry date is compared with. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.zone(TenantContext.current().orElseThrow())));
    }

    @Transactional
    public GroupCodeDetails add(UUID communityId, @Nullable String label, @Nullable Integer capacity,
                                @Nullable LocalDate expiresOn, byte @Nullable [] image) {
        communities.writable(communityId);
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw new UserFacingException("join.code.error.labelRequired", "label");
        }
        if (name.length() > MAX_LABEL) {
            throw new UserFacingException("join.error.tooLong", "label", MAX_LABEL);
        }
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            throw new UserFacingException("join.code.error.capacity", "capacity", MAX_CAPACITY);
        }
        if (expiresOn == null) {
            throw new UserFacingException("join.code.error.expiryRequired", "expiresOn");
        }
        if (expiresOn.isBefore(today())) {
            throw new UserFacingException("join.code.error.expired", "expiresOn");
        }
        if (image == null || image.length == 0) {
            throw new UserFacingException("join.code.error.imageRequired", "image");
        }
        String type = JoinPageService.acceptedImage(image, "image");
        UUID id = Uuids.v7();
        codes.insert(id, communityId, name, image, type, capacity, expiresOn, clock.instant());
        return codes.find(id).orElseThrow();
    }

    /** Takes the code out of the hand-out for good; those who got it keep it until it expires. */
    @Transactional
    public void retire(UUID codeId, long expectedVersion) {
        GroupCodeDetails code = writable(codeId);
        if (!codes.retire(code.id(), expectedVersion, clock.instant())) {
            throw new ConcurrentEditException();
        }
    }

    /** Moves the code one place earlier ({@code up}) or later in the hand-out. */
    @Transactional
    public void move(UUID codeId, boolean up) {
        GroupCodeDetails code = writable(codeId);
        List<GroupCodeDetails> live = codes.of(code.communityId()).stream().filter(c -> !c.retired()).toList();
        int at = live.indexOf(live.stream().filter(c -> c.id().equals(codeId)).findFirst().orElseThrow());
        int to = up ? at - 1 : at + 1;
        if (code.retired() || to < 0 || to >= live.size()) {
            return;
        }
        GroupCodeDetails other = live.get(to);
        if (other.position() == code.position()) {
            // Equal places (never written so, but harmless): spread them first.
            throw new IllegalStateException("Two codes share place " + code.position());
        }
        codes.swap(code, other);
    }

    @Transactional(readOnly = true)
    public JoinImage image(UUID codeId) {
        writable(codeId);
        return codes.image(codeId).orElseThrow(NotFoundException::new);
    }

    private GroupCodeDetails writable(UUID codeId) {
        GroupCodeDetails code = codes.find(codeId).orElseThrow(NotFoundException::new);
        communities.writable(code.communityId());
        return code;
    }
}
