package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed link opens the PDF it was made for, without signing in, until it expires; a forged, altered or expired
 * link, or one of another tenant's key, gets the same "not found", and the recipient counts as having opened it.
 */
@IntegrationTest
class ReportLinksTest {

    @Autowired ReportLinks links;
    @Autowired ReportDeliveryService deliveries;
    @Autowired TestTenants tenants;
    @Autowired PlatformTransactionManager transactionManager;

    Fixture tenant;
    ReportDelivery sent;

    @BeforeEach
    void aSentReport() {
        tenant = tenants.create();
        SignedIn.run(tenant.admin(), () -> {
            deliveries.saveSettings(new DeliverySettings(false, 30, false));
            ReportDelivery draft = deliveries.prepare(tenant.communityId(),
                    ReportPeriod.month(YearMonth.now().minusMonths(1)));
            ReportDelivery review = deliveries.submit(tenant.communityId(), draft.id(), draft.version());
            sent = deliveries.send(tenant.communityId(), draft.id(), review.version(), done -> { });
        });
    }

    @Test
    void aValidLinkOpensThePdfAndCountsAsOpened() {
        String token = sign(Instant.now().plus(Duration.ofDays(1)));
        assertThat(SignedIn.as(tenant.clientUser(), deliveries::unopenedByMe)).isEqualTo(1);

        ReportLinks.Opened opened = links.open(token).orElseThrow();

        assertThat(new String(opened.pdf(), 0, 5)).isEqualTo("%PDF-");
        assertThat(opened.fileName()).isEqualTo("operations-report-" + sent.period().code() + "-v1.pdf");
        assertThat(SignedIn.as(tenant.clientUser(), deliveries::unopenedByMe)).isZero();
    }

    @Test
    void forgedAlteredExpiredAndForeignLinksOpenNothing() {
        String token = sign(Instant.now().plus(Duration.ofDays(1)));
        String expired = sign(Instant.now().minusSeconds(1));
        byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
        payload[payload.length - 1] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(payload)
                + token.substring(token.indexOf('.'));
        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        Fixture other = tenants.create();
        SignedIn.run(other.admin(), () -> deliveries.saveSettings(DeliverySettings.DEFAULTS));
        String foreign = TenantContext.callAs(other.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> links.sign(sent.id(), tenant.clientUser().userId(),
                        Instant.now().plus(Duration.ofDays(1)))));

        for (String bad : java.util.List.of(expired, altered, forged, foreign, "", "not-a-token",
                token.substring(1), token + "A")) {
            assertThat(links.open(bad)).as(bad).isEmpty();
        }
        assertThat(links.open(token)).isPresent();
    }

    private String sign(Instant expires) {
        return TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> links.sign(sent.id(), tenant.clientUser().userId(), expires)));
    }
}
