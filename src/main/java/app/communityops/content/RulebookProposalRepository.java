package app.communityops.content;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulebookProposalRepository extends JpaRepository<RulebookProposal, UUID> {

    List<RulebookProposal> findByCommunityIdAndStatusInOrderByCreatedAtAscIdAsc(UUID communityId,
                                                                              Collection<RulebookProposal.Status> statuses);

    boolean existsByItemIdAndStatus(UUID itemId, RulebookProposal.Status status);
}
