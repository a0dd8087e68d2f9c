package app.communityops.screening;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RedLineProposalRepository extends JpaRepository<RedLineProposal, UUID> {

    List<RedLineProposal> findByCommunityIdAndStatusInOrderByCreatedAtAscIdAsc(UUID communityId,
                                                                             Collection<RedLineProposal.Status> statuses);

    boolean existsByRedLineIdAndStatus(UUID redLineId, RedLineProposal.Status status);
}
