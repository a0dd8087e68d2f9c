package app.communityops.members;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's managed lists behind the members screens: member tiers (ranked) and acquisition channels. Everyone
 * who reads members reads the lists (filters, forms); only the tenant admin changes them. A tier or channel still
 * in use cannot be deleted, so no member silently loses theirs.
 */
@Service
public class MemberListService {

    private static final UUID NONE = new UUID(0, 0);

    private final MemberTierRepository tiers;
    private final AcquisitionChannelRepository channels;
    private final JdbcTemplate jdbc;
    private final ScreeningReferences screening;

    MemberListService(MemberTierRepository tiers, AcquisitionChannelRepository channels, JdbcTemplate jdbc,
                      ScreeningReferences screening) {
        this.tiers = tiers;
        this.channels = channels;
        this.jdbc = jdbc;
        this.screening = screening;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<MemberTierSummary> tiers() {
        return tiers.findAllRanked().stream().map(MemberTier::toSummary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<AcquisitionChannelSummary> channels() {
        return channels.findAllByName().stream().map(AcquisitionChannel::toSummary).toList();
    }

    /** The screening mechanisms' codes, in screening's order: a membership records which of them screened it. */
    @PreAuthorize(Access.READERS)
    public List<String> mechanisms() {
        return screening.mechanisms();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public MemberTierSummary createTier(MemberTierForm form) {
        checkTier(form, NONE);
        return tiers.saveAndFlush(new MemberTier(form)).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public MemberTierSummary updateTier(UUID id, long expectedVersion, MemberTierForm form) {
        MemberTier tier = tiers.findById(id).orElseThrow(NotFoundException::new);
        requireVersion(tier.getVersion(), expectedVersion);
        checkTier(form, id);
        tier.apply(form);
        return tiers.saveAndFlush(tier).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void deleteTier(UUID id) {
        MemberTier tier = tiers.findById(id).orElseThrow(NotFoundException::new);
        long members = count("select count(*) from member where tier_id = ?", id);
        long policies = screening.policiesRequiringTier(id);
        if (members > 0 || policies > 0) {
            throw new UserFacingException("members.lists.error.tierInUse", null, tier.toSummary().name(), members,
                    policies);
        }
        tiers.delete(tier);
        tiers.flush();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public AcquisitionChannelSummary createChannel(AcquisitionChannelForm form) {
        checkChannel(form, NONE);
        return channels.saveAndFlush(new AcquisitionChannel(form)).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public AcquisitionChannelSummary updateChannel(UUID id, long expectedVersion, AcquisitionChannelForm form) {
        AcquisitionChannel channel = channels.findById(id).orElseThrow(NotFoundException::new);
        requireVersion(channel.getVersion(), expectedVersion);
        checkChannel(form, id);
        channel.apply(form);
        return channels.saveAndFlush(channel).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void deleteChannel(UUID id) {
        AcquisitionChannel channel = channels.findById(id).orElseThrow(NotFoundException::new);
        long members = count("select count(*) from member where channel_id = ?", id);
        long positionings = screening.positioningsNamingChannel(id);
        if (members > 0 || positionings > 0) {
            throw new UserFacingException("members.lists.error.channelInUse", null, channel.toSummary().name(),
                    members, positionings);
        }
        channels.delete(channel);
        channels.flush();
    }

    private void checkTier(MemberTierForm form, UUID exceptId) {
        if (tiers.nameTaken(form.getName().strip(), exceptId)) {
            throw new UserFacingException("members.lists.error.nameTaken", "name");
        }
        if (form.getRank() != null && tiers.rankTaken(form.getRank(), exceptId)) {
            throw new UserFacingException("members.lists.error.rankTaken", "rank");
        }
    }

    private void checkChannel(AcquisitionChannelForm form, UUID exceptId) {
        if (channels.nameTaken(form.getName().strip(), exceptId)) {
            throw new UserFacingException("members.lists.error.nameTaken", "name");
        }
    }

    private long count(String sql, UUID id) {
        Long found = jdbc.queryForObject(sql, Long.class, id);
        return found == null ? 0 : found;
    }

    private static void requireVersion(@Nullable Long actual, long expected) {
        if (actual == null || actual != expected) {
            throw new ConcurrentEditException();
        }
    }
}
