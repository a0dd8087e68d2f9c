package app.communityops.members;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberTierRepository extends JpaRepository<MemberTier, UUID> {

    @Query("select t from MemberTier t order by t.rank, t.name")
    List<MemberTier> findAllRanked();

    @Query("select count(t) > 0 from MemberTier t where lower(t.name) = lower(:name) and t.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);

    @Query("select count(t) > 0 from MemberTier t where t.rank = :rank and t.id <> :exceptId")
    boolean rankTaken(int rank, UUID exceptId);
}
