package app.communityops.security;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    List<UserAccount> findByRoleOrderByDisplayNameAsc(AccountRole role);

    List<UserAccount> findByRoleAndEnabledTrueOrderByDisplayNameAsc(AccountRole role);

    List<UserAccount> findByClientIdAndEnabledTrueOrderByDisplayNameAsc(UUID clientId);

    @Query("select count(u) from UserAccount u where u.role in (app.communityops.security.AccountRole.TENANT_ADMIN,"
            + " app.communityops.security.AccountRole.OPERATOR) and u.enabled = true")
    long countActiveStaff();

    @Query("select count(u) from UserAccount u where u.role = app.communityops.security.AccountRole.TENANT_ADMIN"
            + " and u.enabled = true")
    long countActiveTenantAdmins();
}
