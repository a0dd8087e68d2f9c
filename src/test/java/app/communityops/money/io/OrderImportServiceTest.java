package app.communityops.money.io;

import static app.communityops.money.MoneyTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.communityops.members.MembershipStatus;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.screening.Combine;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import app.communityops.testing.TestTenants;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class OrderImportServiceTest {

    private static final String HEADER = "member,offer,amount,currency,paid at,channel,referrer,external order id\n";

    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired OrderImportService imports;
    @Autowired ScreeningPolicyService policies;

    @TempDir
    Path dir;

    Fixture tenant;
    UUID ada;
    UUID bob;
    OfferSummary course;
    String day;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
        ada = data.joinedMember(tenant.operator(), tenant.communityId(), "ada");
        bob = data.joinedMember(tenant.operator(), tenant.communityId(), "bob");
        course = data.offer(tenant.operator(), "Career course", OfferType.PAID_KNOWLEDGE, "199", "CNY",
                tenant.communityId());
        day = daysAgo(3).toLocalDate().toString();
    }

    @Test
    void aGoodFileCreatesOrdersAsTheFormDoesAndReimportingItDuplicatesNothing() throws IOException {
        Path file = file(HEADER
                + "ada,Career course,199.00,CNY," + day + " 10:30,IN_GROUP,bob,WX-1\n"
                + "ADA,career course,\"1,000\",rmb," + day + ",Private chat,,\n"
                + "bob,Career course,30,USD," + day.replace('-', '/') + " 09:00,群内,,\n", StandardCharsets.UTF_8);

        CsvImportOutcome checked = as(tenant.operator(), () -> imports.check(tenant.communityId(), file,
                ImportProgress.NONE));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.written()).isEqualTo(3);
        assertThat(orders()).isZero();

        CsvImportOutcome imported = importAs(tenant.operator(), file);
        assertThat(imported.problems()).isEmpty();
        assertThat(imported).extracting(CsvImportOutcome::rows, CsvImportOutcome::written, CsvImportOutcome::skipped,
                CsvImportOutcome::imported).containsExactly(3, 3, 0, true);
        assertThat(orders()).isEqualTo(3);
        assertThat(data.lifetime(tenant, ada)).isEqualByComparingTo("1199.00");
        assertThat(data.lifetime(tenant, bob)).isEqualByComparingTo("0");
        assertThat(data.column(tenant, "select currency || ' ' || amount from money_order where member_id = ?",
                String.class, bob)).containsExactly("USD 30.00");
        assertThat(data.column(tenant, "select referrer_member_id from money_order where reference = 'WX-1'",
                UUID.class)).containsExactly(bob);

        CsvImportOutcome again = importAs(tenant.operator(), file);
        assertThat(again).extracting(CsvImportOutcome::written, CsvImportOutcome::skipped).containsExactly(0, 3);
        assertThat(orders()).isEqualTo(3);
        assertThat(data.lifetime(tenant, ada)).isEqualByComparingTo("1199.00");
    }

    @Test
    void anImportedMembershipFeeIsThePaidEntryEvidence() throws IOException {
        PolicyForm policy = new PolicyForm();
        policy.setCombine(Combine.ALL);
        policy.setPaidEntry(true);
        policy.setFee(new BigDecimal("19.90"));
        SignedIn.run(tenant.operator(), () -> policies.update(tenant.communityId(), -1, policy));
        UUID applicant = data.joinedMember(tenant.operator(), tenant.communityId(), "applicant");
        data.offer(tenant.operator(), "Entry fee", OfferType.MEMBERSHIP_FEE, "19.90", "CNY", tenant.communityId());

        importAs(tenant.operator(), file(HEADER + "applicant,Entry fee,19.90,CNY," + day + ",IN_GROUP,,WX-FEE-7\n",
                StandardCharsets.UTF_8));

        assertThat(data.column(tenant, "select status || ' ' || payment_reference from membership where member_id = ?",
                String.class, applicant)).containsExactly(MembershipStatus.JOINED.name() + " WX-FEE-7");
        assertThat(data.lifetime(tenant, applicant)).isEqualByComparingTo("19.90");
    }

    @Test
    void everyBadRowIsListedByLineAndColumnAndNothingIsWritten() throws IOException {
        Path file = file(HEADER
                + ",Career course,,CNY," + day + ",IN_GROUP,,\n"
                + "ada,No such course,199,CNY," + day + ",IN_GROUP,,\n"
                + "ada,Career course,-199,CNY," + day + ",IN_GROUP,,\n"
                + "'=cmd|' /C calc'!A0,Career course,199,CNY," + day + ",IN_GROUP,,\n"
                + "bob,Career course,199,CNY,yesterday,carrier pigeon,nobody,\n"
                + "bob,Career course,199,CNY," + day + ",IN_GROUP,,\n"
                + "bob,Career course,199.00,CNY," + day + " 00:00,IN_GROUP,,\n"
                + "ada,Career course,5,CNY," + day + ",IN_GROUP,,X-1\n"
                + "bob,Career course,6,CNY," + day + ",IN_GROUP,,X-1\n"
                + "ada,Career course,199,EUROS," + day + ",IN_GROUP,,\n"
                + "ada,Career course,0,CNY," + day + ",IN_GROUP,,\n", StandardCharsets.UTF_8);

        CsvImportOutcome outcome = importAs(tenant.operator(), file);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(2L, "member", "shared.csv.reason.required"),
                        tuple(2L, "amount", "shared.csv.reason.required"),
                        tuple(3L, "offer", "money.io.reason.offerUnknown"),
                        tuple(4L, "amount", "money.io.reason.negative"),
                        tuple(5L, "member", "money.io.reason.memberUnknown"),
                        tuple(6L, "paid at", "money.io.reason.badTime"),
                        tuple(6L, "channel", "money.io.reason.unknownChannel"),
                        tuple(6L, "referrer", "money.io.reason.referrerUnknown"),
                        tuple(8L, null, "money.io.reason.duplicateRow"),
                        tuple(10L, "external order id", "money.io.reason.duplicateExternalId"),
                        tuple(11L, "currency", "money.error.currency"),
                        tuple(12L, "amount", "money.order.error.amountPositive"));
        assertThat(outcome.problems().get(4).arguments()).containsExactly("=cmd|' /C calc'!A0");
        assertThat(orders()).isZero();
    }

    @Test
    void theServiceRulesOfTheOrderFormRefuseRowsThatReadWell() throws IOException {
        OfferSummary old = data.offer(tenant.operator(), "Old course", OfferType.PAID_KNOWLEDGE, "99", "CNY",
                tenant.communityId());
        data.update(tenant, "update offer set status = 'RETIRED' where id = ?", old.id());
        String future = java.time.LocalDate.now().plusDays(3).toString();
        CsvImportOutcome outcome = importAs(tenant.operator(), file(HEADER
                + "ada,Career course,199,CNY," + day + ",IN_GROUP,,\n"
                + "ada,Old course,99,CNY," + day + ",IN_GROUP,,\n"
                + "ada,Career course,199,CNY," + future + ",IN_GROUP,ada,\n", StandardCharsets.UTF_8));
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(
                        tuple(3L, "offer", "money.order.error.offerNotOnSale"),
                        tuple(4L, "paid at", "money.order.error.future"));
        assertThat(orders()).isZero();
    }

    @Test
    void chineseHeadersInGbkAreReadAndAHugeCellIsRefusedNotRead() throws IOException {
        Path gbk = file("成员,产品,金额,币种,支付时间,渠道\nada,Career course,199,人民币," + day.replace("-", "年")
                .replaceFirst("年(\\d+)$", "月$1日") + ",私聊\n", Charset.forName("GBK"));
        CsvImportOutcome outcome = importAs(tenant.operator(), gbk);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.written()).isEqualTo(1);

        Path huge = file(HEADER + "ada,Career course,199,CNY," + day + ",IN_GROUP,,\"" + "x".repeat(10 * 1024 * 1024)
                + "\"\n", StandardCharsets.UTF_8);
        assertThat(importAs(tenant.operator(), huge).problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(tuple(2L, "external order id", "shared.csv.reason.tooLong"));
        assertThat(orders()).isEqualTo(1);
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsIsRefusedAsAWhole() throws IOException {
        assertThat(importAs(tenant.operator(), file("member,offer\nada,Career course\n", StandardCharsets.UTF_8))
                .problems()).extracting(ImportProblem::reasonKey).containsOnly("shared.csv.reason.missingColumn")
                .hasSize(4);
        assertThat(importAs(tenant.operator(), file(HEADER, StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::reasonKey).containsExactly("shared.csv.reason.noRows");
        assertThat(importAs(tenant.operator(), file("", StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::reasonKey).containsExactly("shared.csv.reason.emptyFile");
    }

    @Test
    void anotherTenantsCommunityOffersAndMembersAreUnknownAndOnlyAssignedStaffMayImport() throws IOException {
        Fixture other = tenants.create();
        data.joinedMember(other.operator(), other.communityId(), "stranger");
        data.offer(other.operator(), "Foreign course", OfferType.PAID_KNOWLEDGE, "10", "CNY", other.communityId());
        Path file = file(HEADER + "stranger,Career course,10,CNY," + day + ",IN_GROUP,,\n"
                + "ada,Foreign course,10,CNY," + day + ",IN_GROUP,,\n", StandardCharsets.UTF_8);

        assertThat(importAs(tenant.operator(), file).problems()).extracting(ImportProblem::reasonKey)
                .containsExactly("money.io.reason.memberUnknown", "money.io.reason.offerUnknown");
        assertThatThrownBy(() -> importAs(tenant.operator(), other.communityId(), file))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.operator(), tenant.unassignedCommunityId(), file))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importAs(tenant.clientUser(), tenant.communityId(), file))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(data.column(other, "select count(*) from money_order", Long.class)).containsExactly(0L);
    }

    private long orders() {
        return data.column(tenant, "select count(*) from money_order", Long.class).getFirst();
    }

    private CsvImportOutcome importAs(AppPrincipal user, Path file) {
        return importAs(user, tenant.communityId(), file);
    }

    private CsvImportOutcome importAs(AppPrincipal user, UUID communityId, Path file) {
        return as(user, () -> imports.importFile(communityId, file, ImportProgress.NONE));
    }

    private static <T> T as(AppPrincipal user, java.util.function.Supplier<T> call) {
        return SignedIn.as(user, call::get);
    }

    private Path file(String text, Charset charset) throws IOException {
        return Files.write(Files.createTempFile(dir, "orders", ".csv"), text.getBytes(charset));
    }
}
