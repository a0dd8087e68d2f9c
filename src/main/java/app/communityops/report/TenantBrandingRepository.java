package app.communityops.report;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantBrandingRepository extends JpaRepository<TenantBranding, UUID> {

    /** Row-level security leaves the current tenant's row only. */
    Optional<TenantBranding> findFirstBy();
}
