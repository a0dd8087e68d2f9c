package app.communityops.screening;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RedLineRevisionRepository extends JpaRepository<RedLineRevision, UUID> {

    List<RedLineRevision> findByRedLineIdOrderByChangedAtAscIdAsc(UUID redLineId);
}
