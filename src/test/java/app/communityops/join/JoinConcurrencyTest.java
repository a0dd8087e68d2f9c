package app.communityops.join;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.screening.CodeBatchForm;
import app.communityops.screening.InvitationCodeService;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two applicants at the same moment: one last seat of a group and one last use of a code each go to one. */
@IntegrationTest
class JoinConcurrencyTest {

    private static final int RACERS = 6;

    @Autowired
    JoinTestData data;
    @Autowired
    JoinPublicService join;
    @Autowired
    GroupCodeService codes;
    @Autowired
    InvitationCodeService invitationCodes;

    @Test
    void theLastSeatOfAGroupIsHandedOutOnce() throws Exception {
        JoinTestData.Ready ready = data.paidEntry(1);
        as(ready.tenant().operator(), () -> {
            data.policy(ready.communityId(), form -> form.setPaidEntry(false));
            return null;
        });
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            statuses.add(join.apply(ready.token(), JoinTestData.applicant("Seat " + i, "1370000000" + i),
                    "10.1.0." + i));
        }

        List<Boolean> got = race(statuses.stream().<Callable<Boolean>>map(
                status -> () -> join.status(status).orElseThrow().hasGroupCode()).toList());

        assertThat(got).containsOnlyOnce(true);
        assertThat(as(ready.tenant().operator(), () -> codes.codes(ready.communityId())).getFirst().handedOut())
                .isEqualTo(1);
    }

    @Test
    void anInvitationCodeOfOneUseIsRedeemedOnce() throws Exception {
        JoinTestData.Ready ready = data.paidEntry(500);
        String code = as(ready.tenant().operator(), () -> {
            data.policy(ready.communityId(), form -> {
                form.setPaidEntry(false);
                form.setInvitationCode(true);
            });
            CodeBatchForm batch = new CodeBatchForm();
            batch.setCount(1);
            batch.setQuota(1);
            batch.setValidUntil(LocalDate.now().plusDays(30));
            return invitationCodes.generate(ready.communityId(), batch, ZoneOffset.UTC).getFirst();
        });
        List<Callable<Boolean>> applicants = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ApplicantForm form = JoinTestData.applicant("Code " + i, "1360000000" + i);
            form.setPaymentReference(null);
            form.setInvitationCode(code);
            String address = "10.2.0." + i;
            applicants.add(() -> {
                try {
                    join.apply(ready.token(), form, address);
                    return true;
                } catch (UserFacingException refused) {
                    assertThat(refused.messageKey()).isEqualTo("join.error.code");
                    return false;
                }
            });
        }

        assertThat(race(applicants)).containsOnlyOnce(true);
    }

    private static <T> List<T> race(List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
