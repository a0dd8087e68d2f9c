package app.communityops.screening;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RedLineRepository extends JpaRepository<RedLine, UUID> {

    List<RedLine> findByCommunityIdOrderByCreatedAtAscIdAsc(UUID communityId);
}
