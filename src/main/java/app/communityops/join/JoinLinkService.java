package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.MemberListService;
import app.communityops.screening.Option;
import app.communityops.screening.PositioningService;
import app.communityops.shared.Access;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's channel links: one per acquisition channel or campaign, each with its public address and QR code.
 * An application records the link it came through, and the membership the link's channel, so the counts by
 * channel (Where, the funnel's acquire step, the report) include it. A link is archived, never deleted: what came
 * through it stays attributed.
 */
@Service
@PreAuthorize(Access.STAFF)
public class JoinLinkService {

    static final int MAX_CAMPAIGN = 120;

    private final LinkQueries links;
    private final CommunityService communities;
    private final MemberListService lists;
    private final PositioningService positionings;
    private final TenantZone zones;
    private final Clock clock;
    private final String publicBaseUrl;

    JoinLinkService(LinkQueries links, CommunityService communities, MemberListService lists,
                    PositioningService positionings, TenantZone zones, Clock clock,
                    @Value("${communityops.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.links = links;
        this.communities = communities;
        this.lists = lists;
        this.positionings = positionings;
        this.zones = zones;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    }

    /** Live links first, each with what came through it. */
    @Transactional(readOnly = true)
    public List<JoinLinkDetails> links(UUID communityId) {
        communities.writable(communityId);
        Map<UUID, String> channels = channelNames();
        return links.of(communityId).stream().map(link -> named(link, channels)).toList();
    }

    /**
     * What came through the community's links from {@code from} to {@code to} (inclusive), the days taken in the
     * tenant's zone as the Where page, the funnel and the report take theirs. Whoever may read the community may
     * read these, its client's users and the report's delivery included.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public JoinLinkFigures figures(UUID communityId, LocalDate from, LocalDate to) {
        communities.readable(communityId);
        ZoneId zone = zones.current();
        // The channels as screening lists them for Where: members' own list is not open to the delivery job.
        Map<UUID, String> channels = positionings.channels().stream()
                .collect(Collectors.toMap(Option::id, Option::name));
        return new JoinLinkFigures(from, to, links.figures(communityId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .map(link -> link.channelId() == null ? link : new JoinLinkFigures.Link(link.linkId(), link.campaign(),
                        link.channelId(), channels.get(link.channelId()), link.archived(), link.applications(),
                        link.approved(), link.joined()))
                .toList());
    }

    /** The channels a link may be for. */
    @Transactional(readOnly = true)
    public List<AcquisitionChannelSummary> channels() {
        return lists.channels();
    }

    @Transactional
    public JoinLinkDetails create(UUID communityId, @Nullable UUID channelId, @Nullable String campaign) {
        communities.writable(communityId);
        String label = campaign == null || campaign.isBlank() ? null : campaign.strip();
        if (label != null && label.length() > MAX_CAMPAIGN) {
            throw new UserFacingException("join.error.tooLong", "campaign", MAX_CAMPAIGN);
        }
        Map<UUID, String> channels = channelNames();
        if (channelId != null && !channels.containsKey(channelId)) {
            throw new UserFacingException("join.link.error.channel", "channelId");
        }
        if (channelId == null && label == null) {
            throw new UserFacingException("join.link.error.channelOrCampaign", "channelId");
        }
        UUID id = Uuids.v7();
        links.insert(id, communityId, JoinTokens.random(), channelId, label, clock.instant());
        return named(links.find(id).orElseThrow(), channels);
    }

    /** The link stops opening the page; what came through it stays counted. */
    @Transactional
    public void archive(UUID linkId) {
        JoinLinkDetails link = links.find(linkId).orElseThrow(NotFoundException::new);
        communities.writable(link.communityId());
        links.archive(linkId, clock.instant());
    }

    /** The address a link's QR code carries. */
    @Transactional(readOnly = true)
    public String url(UUID linkId) {
        JoinLinkDetails link = links.find(linkId).orElseThrow(NotFoundException::new);
        communities.writable(link.communityId());
        return publicBaseUrl + JoinNavigation.publicPath(link.token());
    }

    @Transactional(readOnly = true)
    public byte[] qrPng(UUID linkId) {
        return JoinQrCodes.png(url(linkId));
    }

    @Transactional(readOnly = true)
    public String qrSvg(UUID linkId) {
        return JoinQrCodes.svg(url(linkId));
    }

    private Map<UUID, String> channelNames() {
        return lists.channels().stream()
                .collect(Collectors.toMap(AcquisitionChannelSummary::id, AcquisitionChannelSummary::name));
    }

    private static JoinLinkDetails named(JoinLinkDetails link, Map<UUID, String> channels) {
        UUID channel = link.channelId();
        return channel == null ? link : link.withChannelName(channels.get(channel));
    }
}
