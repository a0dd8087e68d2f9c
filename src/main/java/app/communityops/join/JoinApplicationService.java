package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipSummary;
import app.communityops.screening.ApplicationOutcome;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.Access;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications that came through a community's join page, and the operator's confirmation of an entry fee
 * paid by transfer: the confirmed reference becomes screening's evidence ({@code ScreeningService.paymentReceived}),
 * which screens the application again, so it is approved at once when nothing else waits.
 */
@Service
@PreAuthorize(Access.STAFF)
public class JoinApplicationService {

    static final int LISTED = 200;

    private final ApplicationQueries applications;
    private final JoinLinkService links;
    private final CommunityService communities;
    private final MembershipService memberships;
    private final ScreeningService screening;

    JoinApplicationService(ApplicationQueries applications, JoinLinkService links, CommunityService communities,
                           MembershipService memberships, ScreeningService screening) {
        this.applications = applications;
        this.links = links;
        this.communities = communities;
        this.memberships = memberships;
        this.screening = screening;
    }

    /** The latest applications, newest first. */
    @Transactional(readOnly = true)
    public List<JoinApplicationSummary> applications(UUID communityId) {
        communities.writable(communityId);
        Map<UUID, JoinLinkDetails> byId = links.links(communityId).stream()
                .collect(Collectors.toMap(JoinLinkDetails::id, Function.identity()));
        return applications.of(communityId, LISTED).stream().flatMap(row -> memberships.find(row.membershipId())
                .map(membership -> summary(row, membership, byId)).stream()).toList();
    }

    /** The fee is on the account: the reference the applicant gave becomes the application's payment evidence. */
    @Transactional
    public JoinApplicationSummary confirmPayment(UUID applicationId) {
        ApplicationQueries.Row row = applications.find(applicationId).orElseThrow(NotFoundException::new);
        communities.writable(row.communityId());
        MembershipSummary membership = memberships.find(row.membershipId()).orElseThrow(NotFoundException::new);
        String claim = row.paymentClaim();
        if (claim == null) {
            throw new UserFacingException("join.applications.error.noClaim", null);
        }
        Optional<ApplicationOutcome> outcome = screening.paymentReceived(row.communityId(), membership.memberId(),
                claim);
        if (outcome.isEmpty()) {
            // Decided meanwhile, or the policy no longer asks for a fee: nothing to confirm.
            throw new UserFacingException("join.applications.error.notOpen", null);
        }
        ApplicationQueries.Row after = applications.find(applicationId).orElseThrow();
        Map<UUID, JoinLinkDetails> byId = links.links(row.communityId()).stream()
                .collect(Collectors.toMap(JoinLinkDetails::id, Function.identity()));
        return summary(after, outcome.get().membership(), byId);
    }

    private static JoinApplicationSummary summary(ApplicationQueries.Row row, MembershipSummary membership,
                                                  Map<UUID, JoinLinkDetails> links) {
        UUID linkId = row.linkId();
        JoinLinkDetails link = linkId == null ? null : links.get(linkId);
        String label = link == null ? null : link.campaign() != null ? link.campaign() : link.channelName();
        return new JoinApplicationSummary(row.id(), row.membershipId(), membership.memberName(), label,
                row.createdAt(), row.outcome(), row.paymentClaim(), membership.paymentReference(),
                row.joinedAt() != null);
    }
}
