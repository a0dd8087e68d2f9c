package app.communityops.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityTypeRepository extends JpaRepository<ActivityType, UUID> {

    @Query("select t from ActivityType t order by t.position, t.id")
    List<ActivityType> findAllOrdered();

    @Query("select coalesce(max(t.position), 0) from ActivityType t")
    int maxPosition();

    @Query("select count(t) > 0 from ActivityType t where lower(t.name) = lower(:name) and t.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);
}
