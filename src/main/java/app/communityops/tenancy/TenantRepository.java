package app.communityops.tenancy;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

    @Query("select count(t) > 0 from Tenant t where lower(t.name) = lower(:name) and t.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);

    List<Tenant> findAllByOrderByNameAsc();
}
