package app.communityops.api;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.UserFacingException;
import app.communityops.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant admin's API keys: created with a secret shown once, listed with their last use, revoked. An API key
 * itself may never manage keys, even though it acts with the admin's role.
 */
@Service
@PreAuthorize(Access.TENANT_ADMIN_IN_CONSOLE)
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final CommunityService communities;
    private final TenantDirectory tenants;
    private final ApiKeyAuthenticator authenticator;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, CommunityService communities, TenantDirectory tenants,
                  ApiKeyAuthenticator authenticator, Clock clock) {
        this.keys = keys;
        this.communities = communities;
        this.tenants = tenants;
        this.authenticator = authenticator;
        this.clock = clock;
    }

    /** Active keys first, then revoked ones, each by name. */
    @Transactional(readOnly = true)
    public List<ApiKeySummary> list() {
        return keys.listed().stream().map(ApiKey::toSummary).toList();
    }

    @Transactional
    public CreatedApiKey create(ApiKeyForm form) {
        if (keys.nameTaken(form.getName().strip())) {
            throw new UserFacingException("api.error.nameTaken", "name");
        }
        UUID community = form.getCommunityId();
        if (community != null && communities.find(community).isEmpty()) {
            throw new UserFacingException("api.error.community", "communityId");
        }
        String secret = ApiTokens.newSecret();
        ApiKey key = new ApiKey(form, ApiTokens.hash(secret), ApiTokens.hint(secret), expiry(form.getExpiresOn()),
                CurrentUser.require().userId());
        ApiKeySummary saved = keys.saveAndFlush(key).toSummary();
        return new CreatedApiKey(saved, ApiTokens.token(saved.id(), secret));
    }

    /** Takes effect for the next request: the authenticator's memory of the key is dropped at commit. */
    @Transactional
    public ApiKeySummary revoke(UUID id, long expectedVersion) {
        ApiKey key = keys.findById(id).orElseThrow(NotFoundException::new);
        if (key.getVersion() == null || key.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        key.revoke(clock.instant());
        ApiKeySummary saved = keys.saveAndFlush(key).toSummary();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                authenticator.forget(id);
            }
        });
        return saved;
    }

    private @Nullable Instant expiry(@Nullable LocalDate lastDay) {
        if (lastDay == null) {
            return null;
        }
        ZoneId zone = tenants.zone(TenantContext.current().orElseThrow());
        if (lastDay.isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw new UserFacingException("api.error.expiryPast", "expiresOn");
        }
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
