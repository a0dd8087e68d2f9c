package app.communityops.screening;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PositioningRepository extends JpaRepository<CommunityPositioning, UUID> {
}
