package app.communityops.screening;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvitationCodeRepository extends JpaRepository<InvitationCode, UUID> {

    @Query("select count(c) > 0 from InvitationCode c where upper(c.code) = upper(:code)")
    boolean codeTaken(String code);
}
