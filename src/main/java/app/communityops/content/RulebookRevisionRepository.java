package app.communityops.content;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RulebookRevisionRepository extends JpaRepository<RulebookRevision, UUID> {

    List<RulebookRevision> findByItemIdOrderByChangedAtAscIdAsc(UUID itemId);
}
