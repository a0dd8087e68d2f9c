package app.communityops.money.io;

import static app.communityops.money.MoneyTestData.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.communityops.money.CommissionService;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.OrderForm;
import app.communityops.money.OrderService;
import app.communityops.money.PartnerForm;
import app.communityops.money.PartnerKind;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class OrderExportTest {

    @Autowired WebApplicationContext context;
    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;
    @Autowired OrderService orders;
    @Autowired CommissionService commissions;
    @Autowired OrderExportService exports;

    MockMvc mvc;
    Fixture tenant;
    LocalDate from;
    LocalDate to;

    @BeforeEach
    void ordersInAndAroundThePeriod() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tenant = tenants.create();
        from = daysAgo(5).toLocalDate();
        to = daysAgo(1).toLocalDate();
        OfferSummary course = data.offer(tenant.operator(), "Course", OfferType.PAID_KNOWLEDGE, "199", "CNY",
                tenant.communityId());
        OfferSummary formula = data.offer(tenant.operator(), "=SUM(A1:A9)", OfferType.GOODS, "20", "USD",
                tenant.communityId());
        UUID ada = data.joinedMember(tenant.operator(), tenant.communityId(), "ada");
        UUID mallory = data.joinedMember(tenant.operator(), tenant.communityId(), "mallory");
        data.update(tenant, "update member set name = ? where id = ?", "=HYPERLINK(\"http://evil\")", mallory);
        UUID partner = SignedIn.as(tenant.admin(),
                () -> commissions.createPartner(PartnerForm.of("Career Media", PartnerKind.ORGANISATION)));
        data.order(tenant.operator(), tenant.communityId(), ada, course, "199", from.minusDays(1).atTime(23, 59));
        UUID first = data.order(tenant.operator(), tenant.communityId(), ada, course, "199", from.atStartOfDay()).id();
        OrderForm referred = MoneyTestData.orderForm(ada, course, "150", daysAgo(3));
        referred.setReferrerPartnerId(partner);
        referred.setReference("+86 pay 42");
        SignedIn.run(tenant.operator(), () -> orders.create(tenant.communityId(), referred));
        data.order(tenant.operator(), tenant.communityId(), mallory, formula, "20", to.atTime(23, 59));
        SignedIn.run(tenant.operator(), () -> orders.refund(first, new BigDecimal("50"), "partly"));
        UUID elsewhere = data.joinedMember(tenant.admin(), tenant.unassignedCommunityId(), "elsewhere");
        OfferSummary other = data.offer(tenant.admin(), "Other", OfferType.GOODS, "9", "CNY",
                tenant.unassignedCommunityId());
        data.order(tenant.admin(), tenant.unassignedCommunityId(), elsewhere, other, "9", daysAgo(2));
    }

    @Test
    void exportsThePeriodsOrdersOfTheCommunityOnlyWithNamesAndHandlesButNoContactDetails() throws Exception {
        MockHttpServletResponse response = call(tenant.operator(), tenant.communityId(), period());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(body);
        assertThat(rows.getFirst().values()).containsExactly("Paid at", "Member", "Handle", "Offer", "Type",
                "Amount paid", "Currency", "Refunded", "Status", "Channel", "Payment reference", "Referrer",
                "Purchase", "Rating");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1).values()).containsExactly(from + " 00:00", "Member ada", "ada", "Course",
                "PAID_KNOWLEDGE", "199.00", "CNY", "50.00", "PARTIALLY_REFUNDED", "IN_GROUP", "", "", "2", "");
        assertThat(rows.get(2).values()).containsExactly(daysAgo(3).toLocalDate() + " 10:00", "Member ada", "ada",
                "Course", "PAID_KNOWLEDGE", "150.00", "CNY", "0.00", "PAID", "IN_GROUP", "'+86 pay 42",
                "Career Media", "3", "");
        assertThat(rows.get(3).get(0)).isEqualTo(to + " 23:59");
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("13800000000", "@example.test", "Other", "elsewhere");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        List<CSVRecord> rows = parse(call(tenant.admin(), tenant.communityId(), period()).getContentAsByteArray());
        CSVRecord mallory = rows.get(3);
        assertThat(mallory.get(1)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(mallory.get(3)).isEqualTo("'=SUM(A1:A9)");
        assertThat(mallory.get(5)).isEqualTo("20.00");
        assertThat(mallory.get(6)).isEqualTo("USD");
    }

    @Test
    void theHeaderFollowsTheUsersLanguage() throws Exception {
        AppPrincipal chinese = tenant.admin().withLocale(Locale.SIMPLIFIED_CHINESE);
        List<CSVRecord> rows = parse(call(chinese, tenant.communityId(), period()).getContentAsByteArray());
        assertThat(rows.getFirst().get(2)).isEqualTo("账号");
    }

    @Test
    void onlyStaffWhoMayWorkInTheCommunityGetItsOrders() throws Exception {
        Fixture other = tenants.create();
        assertThat(call(other.admin(), tenant.communityId(), period()).getStatus()).as("another tenant's admin")
                .isEqualTo(404);
        assertThat(call(tenant.operator(), tenant.unassignedCommunityId(), period()).getStatus())
                .as("operator, unassigned community").isEqualTo(404);
        assertThat(call(tenant.clientUser(), tenant.communityId(), period()).getStatus())
                .as("client user, own client's community").isEqualTo(404);
        assertThat(call(tenant.clientUser(), tenant.otherClientCommunityId(), period()).getStatus())
                .as("client user, another client's community").isEqualTo(404);
        assertThat(mvc.perform(get("/export/communities/not-an-id/orders.csv" + period())
                .with(authentication(SignedIn.authentication(tenant.admin())))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(call(tenant.admin(), tenant.unassignedCommunityId(), period()).getStatus())
                .as("tenant admin, any of the tenant's communities").isEqualTo(200);
        MockHttpServletResponse anonymous = mvc.perform(get(path(tenant.communityId()) + period())).andReturn()
                .getResponse();
        assertThat(anonymous.getStatus()).isIn(401, 403);
        assertThat(anonymous.getContentAsString()).doesNotContain("ada");
    }

    @Test
    void theServiceRefusesClientsAndCommunitiesOutsideTheUsersScope() {
        Fixture other = tenants.create();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> exports.export(tenant.communityId(), from, to,
                Locale.ENGLISH, out))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> exports.export(tenant.unassignedCommunityId(),
                from, to, Locale.ENGLISH, out))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> exports.export(tenant.communityId(), from,
                to, Locale.ENGLISH, out))).isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.as(tenant.clientUser(), () -> exports.community(tenant.communityId()))).isEmpty();
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingMalformedOrReversedPeriodIsABadRequest() throws Exception {
        assertThat(call(tenant.admin(), tenant.communityId(), "").getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), tenant.communityId(), "?from=yesterday&to=" + to).getStatus()).isEqualTo(400);
        assertThat(call(tenant.admin(), tenant.communityId(), "?from=" + to + "&to=" + from).getStatus())
                .isEqualTo(400);
    }

    private String period() {
        return "?from=" + from + "&to=" + to;
    }

    private MockHttpServletResponse call(AppPrincipal user, UUID communityId, String query) throws Exception {
        return mvc.perform(get(path(communityId) + query).with(authentication(SignedIn.authentication(user))))
                .andReturn().getResponse();
    }

    private static String path(UUID communityId) {
        return "/export/communities/" + communityId + "/orders.csv";
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }
}
