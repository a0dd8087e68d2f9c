package app.communityops.screening;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConditionRepository extends JpaRepository<ScreeningCondition, UUID> {

    List<ScreeningCondition> findByCommunityIdOrderByPositionAsc(UUID communityId);
}
