package app.communityops.content;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentTransitionRepository extends JpaRepository<ContentTransition, UUID> {

    List<ContentTransition> findByContentIdOrderByOccurredAtAscIdAsc(UUID contentId);
}
