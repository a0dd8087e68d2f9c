package app.communityops.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByCommunityIdAndMemberId(UUID communityId, UUID memberId);

    List<Membership> findByMemberId(UUID memberId);

    @Query("select count(m) from Membership m where m.communityId = :communityId and m.status in :statuses")
    long countByCommunityAndStatuses(UUID communityId, Collection<MembershipStatus> statuses);
}
