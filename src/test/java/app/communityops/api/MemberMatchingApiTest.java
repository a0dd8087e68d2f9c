package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.members.MatchSource;
import app.communityops.members.MemberForm;
import app.communityops.members.MemberMatchService;
import app.communityops.members.MemberMatchSummary;
import app.communityops.members.MemberService;
import app.communityops.members.MemberTestData;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A key restricted to one community that names, by handle or external id, a person of another community gets a
 * member of its own (and the tenant admin a merge suggestion): the same status and the same answer as for a name
 * nobody has, and none of the other person's fields.
 */
@IntegrationTest
class MemberMatchingApiTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;
    @Autowired
    MemberService members;
    @Autowired
    MemberMatchService matches;
    @Autowired
    MemberTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;
    private TestTenants.Fixture tenant;
    private CreatedApiKey key;
    private UUID hidden;

    @BeforeEach
    void setUp() {
        mvc = api.mvc();
        tenant = tenants.create();
        key = api.key(tenant, Set.of(ApiScope.READ, ApiScope.WRITE_MEMBERS), tenant.communityId(), false, null);
        MemberForm form = new MemberForm();
        form.setName("Lin Hidden");
        form.setHandle("lin");
        form.setPhone("13900000007");
        form.setEmail("lin@private.test");
        form.setNotes("VIP, do not share");
        form.setExternalId("crm-7");
        hidden = SignedIn.as(tenant.admin(), () -> members.addToCommunity(tenant.unassignedCommunityId(), form))
                .memberId();
    }

    @Test
    void anUpsertByTheHandleOfSomeoneOutOfReachAnswersAsForANewPerson() throws Exception {
        Map<String, Object> before = person(hidden);

        MockHttpServletResponse taken = upsert("{\"handle\": \"lin\", \"name\": \"Lin\"}");
        MockHttpServletResponse free = upsert("{\"handle\": \"lin-free\", \"name\": \"Lin\"}");

        assertThat(taken.getStatus()).isEqualTo(free.getStatus()).isEqualTo(201);
        assertThat(withoutIds(taken)).isEqualTo(withoutIds(free).replace("lin-free", "lin"));
        assertThat(taken.getContentAsString()).doesNotContain(hidden.toString(), "13900000007", "lin@private.test",
                "VIP", "crm-7");
        assertThat(person(hidden)).isEqualTo(before);
        assertThat(memberships(hidden)).isEqualTo(1);
        assertThat(openSuggestions()).isEqualTo(1);
    }

    @Test
    void anUpsertByTheExternalIdOfSomeoneOutOfReachAnswersAsForANewPerson() throws Exception {
        Map<String, Object> before = person(hidden);

        MockHttpServletResponse taken = upsert("{\"externalId\": \"crm-7\", \"handle\": \"l7\", \"email\": \"x@y.test\"}");
        MockHttpServletResponse free = upsert("{\"externalId\": \"crm-8\", \"handle\": \"l8\", \"email\": \"x@y.test\"}");

        assertThat(taken.getStatus()).isEqualTo(free.getStatus()).isEqualTo(201);
        assertThat(withoutIds(taken)).isEqualTo(withoutIds(free).replace("crm-8", "crm-7").replace("l8", "l7"));
        assertThat(taken.getContentAsString()).doesNotContain(hidden.toString(), "13900000007", "lin@private.test",
                "VIP");
        assertThat(person(hidden)).isEqualTo(before);
        assertThat(openSuggestions()).isEqualTo(1);
    }

    @Test
    void anApplicationByTheExternalIdOfSomeoneOutOfReachCopiesNothingOfTheirs() throws Exception {
        Map<String, Object> before = person(hidden);

        String created = mvc.perform(post(base() + "/applications").header("Authorization", ApiFixture.bearer(key))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"member\": {\"externalId\": \"crm-7\", \"handle\": \"applicant\"}}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        UUID member = UUID.fromString(JsonPath.read(created, "$.memberId"));
        assertThat(member).isNotEqualTo(hidden);
        assertThat(person(member).get("phone")).isNull();
        assertThat(person(member).get("notes")).isNull();
        assertThat(person(hidden)).isEqualTo(before);
    }

    @Test
    void afterTheTenantAdminMergesTheKeyReachesThePersonThroughItsCommunity() throws Exception {
        String taken = upsert("{\"handle\": \"lin\", \"name\": \"Lin\"}").getContentAsString();
        UUID added = UUID.fromString(JsonPath.read(taken, "$.id"));
        SignedIn.run(tenant.admin(), () -> {
            MemberMatchSummary match = matches.open().getFirst();
            assertThat(match.source()).isEqualTo(MatchSource.API);
            matches.merge(match.id(), match.version());
        });

        MockHttpServletResponse again = upsert("{\"handle\": \"lin\"}");

        assertThat(again.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(again.getContentAsString(), "$.id")).isEqualTo(hidden.toString());
        assertThat(memberships(hidden)).isEqualTo(2);
        assertThat(data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from member where id = ?", Integer.class, added))).isZero();
    }

    /**
     * Once a record of the key's own shares the hidden person's handle, events naming that handle are the key's
     * member's, not the hidden person's; after a merge they are the person's, even though the resolver had just
     * remembered the merged record's id.
     */
    @Test
    void eventsNamingASharedHandleGoToTheRecordOfTheBatchsCommunityAndAfterAMergeToThePerson() throws Exception {
        CreatedApiKey events = api.key(tenant, Set.of(ApiScope.WRITE_EVENTS), tenant.communityId(), false, null);
        UUID added = UUID.fromString(JsonPath.read(upsert("{\"handle\": \"lin\", \"name\": \"Lin\"}")
                .getContentAsString(), "$.id"));

        assertThat(sendEvent(events)).isEqualTo(200);
        assertThat(eventsOf(added)).isEqualTo(1);
        assertThat(eventsOf(hidden)).isZero();

        SignedIn.run(tenant.admin(), () -> {
            MemberMatchSummary match = matches.open().getFirst();
            matches.merge(match.id(), match.version());
        });
        assertThat(sendEvent(events)).isEqualTo(200);

        assertThat(eventsOf(hidden)).as("the moved event and the new one").isEqualTo(2);
        assertThat(eventsOf(added)).isZero();
    }

    private int sendEvent(CreatedApiKey events) throws Exception {
        String at = java.time.Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        return mvc.perform(post(base() + "/events").header("Authorization", ApiFixture.bearer(events))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"events\": [{\"type\": \"reply\", \"member\": {\"handle\": \"lin\"}, "
                                + "\"occurredAt\": \"" + at + "\"}]}"))
                .andReturn().getResponse().getStatus();
    }

    private int eventsOf(UUID member) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from engagement_event where member_id = ?", Integer.class, member));
    }

    private MockHttpServletResponse upsert(String body) throws Exception {
        return mvc.perform(put(base() + "/members").header("Authorization", ApiFixture.bearer(key))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    /** The answer with its generated ids and times taken out. */
    private static String withoutIds(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString()
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", "<time>");
    }

    private Map<String, Object> person(UUID id) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForMap("""
                select name, handle, phone, email, notes, external_id, tags::text as tags, lifetime_purchase, version
                from member where id = ?""", id));
    }

    private int memberships(UUID member) {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from membership where member_id = ?", Integer.class, member));
    }

    private int openSuggestions() {
        return data.inTenant(tenant.tenantId(), () -> jdbc.queryForObject(
                "select count(*) from member_match where status = 'OPEN'", Integer.class));
    }

    private String base() {
        return "/api/v1/communities/" + tenant.communityId();
    }
}
