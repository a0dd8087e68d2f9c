package app.communityops.api;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    @Query("select k from ApiKey k order by k.revokedAt nulls first, lower(k.name)")
    List<ApiKey> listed();

    @Query("select count(k) > 0 from ApiKey k where lower(k.name) = lower(:name)")
    boolean nameTaken(String name);
}
