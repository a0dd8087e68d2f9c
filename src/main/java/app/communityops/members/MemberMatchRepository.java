package app.communityops.members;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberMatchRepository extends JpaRepository<MemberMatch, UUID> {

    List<MemberMatch> findByStatusOrderByCreatedAtAsc(MemberMatch.Status status);

    boolean existsByMemberIdAndMatchId(UUID memberId, UUID matchId);

    long countByStatus(MemberMatch.Status status);
}
