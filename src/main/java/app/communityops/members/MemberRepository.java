package app.communityops.members;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID> {

    @Query("select m from Member m where lower(m.handle) = lower(:handle)")
    Optional<Member> findByHandle(String handle);

    @Query("select count(m) > 0 from Member m where lower(m.handle) = lower(:handle) and m.id <> :exceptId")
    boolean handleTaken(String handle, UUID exceptId);
}
