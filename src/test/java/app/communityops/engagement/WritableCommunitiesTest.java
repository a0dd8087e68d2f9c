package app.communityops.engagement;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The community check of event ingest remembers only a "yes", per tenant, user and role, for ten seconds: a lost
 * assignment takes effect within that bound, a refusal at once, and no user or tenant reuses another's answer.
 */
class WritableCommunitiesTest {

    private static final UUID COMMUNITY = UUID.randomUUID();

    private final CommunityService communities = mock(CommunityService.class);
    private final MovableClock clock = new MovableClock();
    private final WritableCommunities writable = new WritableCommunities(communities, clock);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aYesIsRememberedForTenSecondsThenAskedAgain() {
        signIn(UUID.randomUUID(), Roles.OPERATOR);
        when(communities.find(COMMUNITY)).thenReturn(Optional.of(mock(CommunitySummary.class)));
        writable.require(COMMUNITY);
        clock.advance(WritableCommunities.MEMORY.toMillis() - 1);
        writable.require(COMMUNITY);
        verify(communities, times(1)).find(COMMUNITY);

        when(communities.find(COMMUNITY)).thenReturn(Optional.empty());
        clock.advance(1);
        assertThatThrownBy(() -> writable.require(COMMUNITY)).isInstanceOf(NotFoundException.class);
        verify(communities, times(2)).find(COMMUNITY);
    }

    @Test
    void aNoIsNeverRemembered() {
        signIn(UUID.randomUUID(), Roles.OPERATOR);
        when(communities.find(COMMUNITY)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> writable.require(COMMUNITY)).isInstanceOf(NotFoundException.class);
        when(communities.find(COMMUNITY)).thenReturn(Optional.of(mock(CommunitySummary.class)));
        assertThatCode(() -> writable.require(COMMUNITY)).doesNotThrowAnyException();
        verify(communities, times(2)).find(COMMUNITY);
    }

    @Test
    void anotherUserOrTenantAsksForItself() {
        UUID tenant = UUID.randomUUID();
        when(communities.find(COMMUNITY)).thenReturn(Optional.of(mock(CommunitySummary.class)));
        signIn(tenant, UUID.randomUUID(), Roles.TENANT_ADMIN);
        writable.require(COMMUNITY);

        when(communities.find(COMMUNITY)).thenReturn(Optional.empty());
        signIn(tenant, UUID.randomUUID(), Roles.OPERATOR);
        assertThatThrownBy(() -> writable.require(COMMUNITY)).isInstanceOf(NotFoundException.class);
        signIn(UUID.randomUUID(), Roles.TENANT_ADMIN);
        assertThatThrownBy(() -> writable.require(COMMUNITY)).isInstanceOf(NotFoundException.class);
        verify(communities, times(3)).find(COMMUNITY);
    }

    @Test
    void clientUsersAreRefusedWithoutALookUp() {
        signIn(UUID.randomUUID(), Roles.CLIENT);
        assertThatThrownBy(() -> writable.require(COMMUNITY)).isInstanceOf(NotFoundException.class);
        verify(communities, never()).find(COMMUNITY);
    }

    private static void signIn(UUID tenant, String role) {
        signIn(tenant, UUID.randomUUID(), role);
    }

    private static void signIn(UUID tenant, UUID user, String role) {
        AppPrincipal principal = new AppPrincipal(user, tenant, null, "someone@example.test", "Someone", role,
                Locale.ENGLISH);
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(principal, null, "ROLE_" + role));
    }

    private static final class MovableClock extends Clock {

        private long millis = Instant.parse("2026-11-25T12:00:00Z").toEpochMilli();

        void advance(long by) {
            millis += by;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }
}
