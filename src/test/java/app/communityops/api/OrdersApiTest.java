package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Orders, refunds and reviews through the API, under the console's rules. */
@IntegrationTest
class OrdersApiTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;
    @Autowired
    MoneyTestData data;

    private MockMvc mvc;
    private TestTenants.Fixture tenant;
    private CreatedApiKey key;
    private OfferSummary course;
    private UUID buyer;
    private final String paidAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(3)
            .truncatedTo(ChronoUnit.SECONDS).toString();

    @BeforeEach
    void setUp() {
        mvc = api.mvc();
        tenant = tenants.create();
        key = api.key(tenant, Set.of(ApiScope.READ, ApiScope.WRITE_ORDERS));
        course = data.offer(tenant.operator(), "面试课 Interview course", OfferType.PAID_KNOWLEDGE, "199.00", "CNY",
                tenant.communityId());
        buyer = data.joinedMember(tenant.operator(), tenant.communityId(), "buyer");
        data.joinedMember(tenant.operator(), tenant.communityId(), "friend");
    }

    @Test
    void anOrderByHandleAndOfferNameIsRecordedOnceRefundedAndReviewed() throws Exception {
        String body = order("\"offerName\": \"面试课 interview COURSE\", \"referrer\": {\"handle\": \"friend\"},"
                + " \"externalOrderId\": \"shop-1001\"");
        String created = create(body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.memberId").value(buyer.toString()))
                .andExpect(jsonPath("$.offerId").value(course.id().toString()))
                .andExpect(jsonPath("$.status").value("PAID")).andExpect(jsonPath("$.purchaseNumber").value(1))
                .andExpect(jsonPath("$.referrerName").value("Member friend"))
                .andExpect(jsonPath("$.externalOrderId").value("shop-1001"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        assertThat(OffsetDateTime.parse(JsonPath.read(created, "$.paidAt")).toInstant())
                .isEqualTo(OffsetDateTime.parse(paidAt).toInstant());

        create(body).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(data.column(tenant, "select count(*) from money_order", Long.class)).containsExactly(1L);
        assertThat(data.lifetime(tenant, buyer)).isEqualByComparingTo("199.00");

        post(id + "/refunds", "{\"amount\": 50, \"reason\": \"partly\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.refunded").value(50.0)).andExpect(jsonPath("$.status").value("PARTIALLY_REFUNDED"));
        post(id + "/refunds", "{\"amount\": 150}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        post(id + "/review", "{\"rating\": 4, \"text\": \"讲得很实用\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(4));
        mvc.perform(get(base() + "/orders/" + id).header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reviewText").value("讲得很实用"))
                .andExpect(jsonPath("$.refunded").value(50.0));
        assertThat(data.lifetime(tenant, buyer)).isEqualByComparingTo("149.00");
    }

    @Test
    void invalidFieldsAreListedAndNothingIsWritten() throws Exception {
        create("{\"member\": {}, \"amount\": 0, \"currency\": \"cny\", \"paidAt\": \"" + paidAt + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "amount", "channel", "currency")));
        create(order("\"offerId\": \"" + course.id() + "\"").replace("+08:00", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("paidAt"));
        create(order("\"offerName\": \"No such course\"")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("offerName"));
        create(order("\"offerId\": \"" + course.id() + "\"").replace("\"buyer\"", "\"nobody\""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("member"));
        UUID stranger = data.joinedMember(tenant.admin(), tenant.unassignedCommunityId(), "stranger");
        create(order("\"offerId\": \"" + course.id() + "\"").replace("\"buyer\"", "\"stranger\""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("member"));
        create(order("\"offerId\": \"" + course.id() + "\", \"unknown\": 1")).andExpect(status().isBadRequest());
        assertThat(data.column(tenant, "select count(*) from money_order", Long.class)).containsExactly(0L);
        assertThat(stranger).isNotNull();
    }

    @Test
    void ordersNeedTheWriteOrdersScope() throws Exception {
        CreatedApiKey reader = api.key(tenant, Set.of(ApiScope.READ, ApiScope.WRITE_MEMBERS, ApiScope.WRITE_EVENTS));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base() + "/orders")
                        .header("Authorization", ApiFixture.bearer(reader)).contentType(MediaType.APPLICATION_JSON)
                        .content(order("\"offerId\": \"" + course.id() + "\"")))
                .andExpect(status().isForbidden());
        assertThat(data.column(tenant, "select count(*) from money_order", Long.class)).containsExactly(0L);
    }

    private String order(String extra) {
        return "{\"member\": {\"handle\": \"buyer\"}, \"amount\": " + new BigDecimal("199.00") + ", \"currency\":"
                + " \"CNY\", \"paidAt\": \"" + paidAt + "\", \"channel\": \"PRIVATE_CHAT\", " + extra + "}";
    }

    private ResultActions create(String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(base() + "/orders")
                .header("Authorization", ApiFixture.bearer(key)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(base() + "/orders/" + path).header("Authorization", ApiFixture.bearer(key))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String base() {
        return "/api/v1/communities/" + tenant.communityId();
    }
}
