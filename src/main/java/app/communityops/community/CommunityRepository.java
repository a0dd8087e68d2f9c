package app.communityops.community;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommunityRepository extends JpaRepository<Community, UUID> {

    @Query("select c from Community c where c.id = :id and :userId member of c.operatorIds")
    Optional<Community> findAssigned(UUID id, UUID userId);

    Optional<Community> findByIdAndClientId(UUID id, UUID clientId);

    @Query("select count(c) > 0 from Community c where lower(c.name) = lower(:name) and c.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);

    @Query("select count(c) from Community c where c.status <> app.communityops.community.CommunityStatus.ARCHIVED")
    long countNotArchived();
}
