package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Members and applications through the API, and the API's published description. */
@IntegrationTest
class MembersApiTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;

    private MockMvc mvc;
    private TestTenants.Fixture tenant;
    private CreatedApiKey key;

    @BeforeEach
    void setUp() {
        mvc = api.mvc();
        tenant = tenants.create();
        key = api.key(tenant, Set.of(ApiScope.READ, ApiScope.WRITE_MEMBERS));
    }

    @Test
    void upsertCreatesThenUpdatesByExternalIdAndListsPageByPage() throws Exception {
        upsert("{\"externalId\": \"u-1\", \"handle\": \"lin\", \"name\": \"林一\", \"tags\": [\"求职\"]}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.membership.status").exists());
        String updated = upsert("{\"externalId\": \"u-1\", \"email\": \"lin@example.test\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("林一"))
                .andExpect(jsonPath("$.email").value("lin@example.test")).andReturn().getResponse().getContentAsString();
        upsert("{\"handle\": \"zhang\"}").andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("zhang"));
        upsert("{\"handle\": \"wang\", \"name\": \"王\"}").andExpect(status().isCreated());

        String memberId = JsonPath.read(updated, "$.id");
        mvc.perform(get(base() + "/members/" + memberId).header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.externalId").value("u-1"));
        String first = mvc.perform(get(base() + "/members?limit=2").header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        mvc.perform(get(base() + "/members?limit=2&cursor=" + cursor).header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        mvc.perform(get(base() + "/members?cursor=nonsense&limit=0&status=SLEEPING")
                        .header("Authorization", ApiFixture.bearer(key))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
    }

    @Test
    void invalidMembersAreRefusedWithEveryFieldListed() throws Exception {
        upsert("{\"handle\": \"x\", \"email\": \"not-an-email\", \"lifetimePurchase\": -1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lifetimePurchase')]").exists());
        upsert("{\"handle\": \"x\", \"lifetimePurchase\": \"lots\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lifetimePurchase"));
        upsert("{\"handle\": \"x\", \"shoeSize\": 42}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("shoeSize"));
        upsert("{\"name\": \"nobody\"}").andExpect(status().isBadRequest());
        upsert("{").andExpect(status().isBadRequest());
    }

    @Test
    void applicationsAreScreenedAndTheirStatusRead() throws Exception {
        String created = mvc.perform(post(base() + "/applications").header("Authorization", ApiFixture.bearer(key))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"member": {"externalId": "app-1", "handle": "applicant"},
                         "evidence": {"paymentReference": "WX-19.90-001", "answers": "HR director"}}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").exists())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(get(base() + "/applications/" + id).header("Authorization", ApiFixture.bearer(key)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(post(base() + "/applications").header("Authorization", ApiFixture.bearer(key))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"member\": {\"externalId\": \"app-1\", \"handle\": \"applicant\"}}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("handle"));
    }

    @Test
    void theOpenApiDescriptionIsPublishedWithoutAKey() throws Exception {
        String description = mvc.perform(get("/api/openapi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(description).contains("/api/v1/communities/{communityId}/events")
                .contains("/api/v1/communities/{communityId}/members");
    }

    private ResultActions upsert(String body) throws Exception {
        return mvc.perform(put(base() + "/members").header("Authorization", ApiFixture.bearer(key))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String base() {
        return "/api/v1/communities/" + tenant.communityId();
    }
}
