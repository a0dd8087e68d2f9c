package app.communityops.security.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The code step's budget is one per account for every node: parallel attempts never get past it. */
@IntegrationTest
class CodeThrottleTest {

    @Autowired
    CodeThrottle throttle;

    @Test
    void parallelAttemptsGetExactlyTheFreeOnesAndASuccessForgivesThem() throws Exception {
        UUID account = UUID.randomUUID();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            attempts.add(() -> throttle.tryAcquire(account));
        }
        int allowed = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                allowed += attempt.get() ? 1 : 0;
            }
        }

        assertThat(allowed).isEqualTo(CodeThrottle.FREE_ATTEMPTS);
        assertThat(throttle.tryAcquire(UUID.randomUUID())).as("another account has its own budget").isTrue();
        throttle.succeeded(account);
        assertThat(throttle.tryAcquire(account)).isTrue();
    }
}
