package app.communityops.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Which tenant the current unit of work belongs to.
 *
 * <p>Normally that is the signed-in user's tenant. A small number of explicit paths (platform administration,
 * demo seeding, scheduled jobs) run work for a named tenant with {@link #callAs}; that override lasts only for
 * the callback, so it can never leak to a later request served by the same thread.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable UUID> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<UUID> current() {
        UUID override = OVERRIDE.get();
        if (override != null) {
            return Optional.of(override);
        }
        return CurrentUser.get().flatMap(AppPrincipal::tenant);
    }

    public static <T extends @Nullable Object> T callAs(UUID tenantId, Supplier<T> work) {
        UUID previous = OVERRIDE.get();
        OVERRIDE.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    public static void runAs(UUID tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
