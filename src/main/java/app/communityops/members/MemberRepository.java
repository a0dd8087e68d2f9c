package app.communityops.members;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID> {

    /** Everyone with the handle: one record, plus any kept apart from it (decision 0022). */
    @Query("select m from Member m where lower(m.handle) = lower(:handle) order by m.createdAt")
    List<Member> findAllByHandle(String handle);

    @Query("select m from Member m where m.externalId = :externalId order by m.createdAt")
    List<Member> findAllByExternalId(String externalId);

    @Query("select m from Member m where m.phone = :phone order by m.createdAt")
    List<Member> findAllByPhone(String phone);

    @Query("select m from Member m where lower(m.email) = lower(:email) order by m.createdAt")
    List<Member> findAllByEmail(String email);
}
