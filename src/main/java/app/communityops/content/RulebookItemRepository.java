package app.communityops.content;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulebookItemRepository extends JpaRepository<RulebookItem, UUID> {

    List<RulebookItem> findByCommunityIdAndActiveTrueOrderByCreatedAtAscIdAsc(UUID communityId);

    List<RulebookItem> findByCommunityIdAndKindAndActiveTrue(UUID communityId, RulebookKind kind);
}
