package app.communityops.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.shared.TenantContext;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EventsApiTest {

    @Autowired
    TestTenants tenants;
    @Autowired
    ApiFixture api;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private MockMvc mvc;
    private TestTenants.Fixture tenant;
    private CreatedApiKey key;

    @BeforeEach
    void setUp() {
        mvc = api.mvc();
        tenant = tenants.create();
        key = api.key(tenant, Set.of(ApiScope.WRITE_EVENTS, ApiScope.READ));
        SignedIn.run(tenant.admin(), () -> {
            members.addToCommunity(tenant.communityId(), member("Ann", "ann", "ext-ann"));
            members.addToCommunity(tenant.communityId(), member("Bo", "bo_handle", null));
        });
    }

    @Test
    void aBatchIsWrittenAndRepeatedEventIdsAreDroppedAsDuplicates() throws Exception {
        String batch = """
                {"source": "wechat-bot", "events": [
                  {"eventId": "m-1", "type": "message_posted", "member": {"externalId": "ext-ann"},
                   "occurredAt": "%s", "properties": {"length": 42}},
                  {"eventId": "m-2", "type": "reaction", "member": {"handle": "BO_HANDLE"}, "occurredAt": "%s"},
                  {"eventId": "m-1", "type": "message_posted", "member": {"externalId": "ext-ann"}, "occurredAt": "%s"},
                  {"type": "custom", "customType": "quiz_answered", "member": {"handle": "ann"}, "occurredAt": "%s"}
                ]}""".formatted(ago(1), ago(2), ago(1), ago(3));
        send(batch).andExpect(status().isOk()).andExpect(jsonPath("$.received").value(4))
                .andExpect(jsonPath("$.written").value(3)).andExpect(jsonPath("$.duplicates[0]").value(2));
        send(batch).andExpect(status().isOk()).andExpect(jsonPath("$.written").value(1))
                .andExpect(jsonPath("$.duplicates.length()").value(3));
        assertThat(events()).isEqualTo(4);
        assertThat(inTenant("select properties->>'length' from engagement_event where event_key = 'm-1'", String.class))
                .isEqualTo("42");
    }

    @Test
    void membersLastActiveMovesToTheirLatestWrittenEventAndNeverBack() throws Exception {
        TenantContext.runAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> jdbc.update("update membership set last_active_at = null")));
        String ann2 = ago(2);
        String bo3 = ago(3);
        send("""
                {"events": [
                  {"eventId": "a-1", "type": "reply", "member": {"handle": "ann"}, "occurredAt": "%s"},
                  {"eventId": "a-2", "type": "reply", "member": {"externalId": "ext-ann"}, "occurredAt": "%s"},
                  {"type": "reaction", "member": {"handle": "bo_handle"}, "occurredAt": "%s"}
                ]}""".formatted(ago(5), ann2, bo3)).andExpect(status().isOk());
        assertThat(lastActive("ann")).isEqualTo(Instant.parse(ann2));
        assertThat(lastActive("bo_handle")).isEqualTo(Instant.parse(bo3));

        // A back-fill of older events, and a duplicate event id with a later time, leave it where it is.
        send("""
                {"events": [
                  {"type": "reply", "member": {"handle": "ann"}, "occurredAt": "%s"},
                  {"eventId": "a-1", "type": "reply", "member": {"handle": "bo_handle"}, "occurredAt": "%s"}
                ]}""".formatted(ago(48), ago(1))).andExpect(status().isOk());
        assertThat(lastActive("ann")).isEqualTo(Instant.parse(ann2));
        assertThat(lastActive("bo_handle")).isEqualTo(Instant.parse(bo3));
    }

    private Instant lastActive(String handle) {
        return TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager).execute(
                status -> jdbc.queryForObject("""
                        select ms.last_active_at from membership ms join member m on m.id = ms.member_id
                        where m.handle = ? and ms.community_id = ?""", java.sql.Timestamp.class, handle,
                        tenant.communityId()))).toInstant();
    }

    @Test
    void timesWithOffsetsAreStoredAsInstants() throws Exception {
        send("""
                {"events": [{"type": "check_in", "member": {"handle": "ann"}, "occurredAt": "2026-01-05T09:30:00+08:00"}]}""")
                .andExpect(status().isOk());
        assertThat(inTenant("select occurred_at = '2026-01-05T01:30:00Z'::timestamptz from engagement_event",
                Boolean.class)).isTrue();
    }

    @Test
    void invalidEventsRefuseTheWholeBatchWithEveryProblemListed() throws Exception {
        send("""
                {"events": [
                  {"type": "message_posted", "member": {"handle": "ann"}, "occurredAt": "%s"},
                  {"type": "shouting", "member": {"handle": "ann"}, "occurredAt": "2026-01-05T09:30:00"},
                  {"type": "reply", "member": {"handle": "ann"}, "occurredAt": "1999-01-01T00:00:00Z"},
                  {"type": "reply", "member": {"handle": "ann"}, "occurredAt": "2999-01-01T00:00:00Z"},
                  {"type": "custom", "member": {"handle": "nobody"}, "occurredAt": "%s"}
                ]}""".formatted(ago(1), ago(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'events[1].type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[1].occurredAt')]").exists());
        send("""
                {"events": [
                  {"type": "reply", "member": {"handle": "ann"}, "occurredAt": "1999-01-01T00:00:00Z"},
                  {"type": "reply", "member": {"handle": "ann"}, "occurredAt": "2999-01-01T00:00:00Z"},
                  {"type": "custom", "member": {"handle": "ann"}, "occurredAt": "%s"},
                  {"type": "reply", "member": {"handle": "nobody"}, "occurredAt": "%s"}
                ]}""".formatted(ago(1), ago(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[0].occurredAt')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[1].occurredAt')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[2].customType')]").exists());
        send("""
                {"events": [{"type": "reply", "member": {"handle": "nobody"}, "occurredAt": "%s"}]}""".formatted(ago(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].member"));
        assertThat(events()).isZero();
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAreRefused() throws Exception {
        send("{\"events\": [").andExpect(status().isBadRequest());
        send("{\"events\": [{\"type\": 5, \"member\": \"ann\", \"occurredAt\": \"%s\"}]}".formatted(ago(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[0].type')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[0].member')]").exists());
        send("{\"events\": [{\"type\": \"reply\", \"member\": {\"handle\": \"ann\"}, \"occurredAt\": \"%s\", \"colour\": 1}],"
                + " \"extra\": true}".formatted(ago(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'events[0].colour')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'extra')]").exists());
        mvc.perform(post(path()).header("Authorization", ApiFixture.bearer(key)).contentType(MediaType.TEXT_PLAIN)
                .content("type,member")).andExpect(status().isUnsupportedMediaType());
        assertThat(events()).isZero();
    }

    @Test
    void aBlankOrOverlongSourceIsAnInvalidFieldLikeAnyOther() throws Exception {
        String event = "{\"type\": \"reply\", \"member\": {\"handle\": \"ann\"}, \"occurredAt\": \"%s\"}"
                .formatted(ago(1));
        send("{\"source\": \" \", \"events\": [" + event + "]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        send("{\"source\": \"" + "s".repeat(61) + "\", \"events\": [" + event + "]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
        assertThat(events()).isZero();
    }

    @Test
    void oversizedBodiesAndBatchesOfTenThousandAreRefused() throws Exception {
        StringBuilder big = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 10_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"type\":\"reply\",\"member\":{\"handle\":\"ann\"},\"occurredAt\":\"")
                    .append(ago(1)).append("\"}");
        }
        send(big.append("]}").toString()).andExpect(status().isPayloadTooLarge());
        StringBuilder small = new StringBuilder("{\"events\": [");
        for (int i = 0; i < 1_001; i++) {
            small.append(i == 0 ? "" : ",").append("{\"type\":\"reply\",\"member\":{\"handle\":\"ann\"},\"occurredAt\":\"")
                    .append(ago(1)).append("\"}");
        }
        send(small.append("]}").toString()).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String huge = "{\"source\": \"" + "x".repeat(3 * 1024 * 1024) + "\", \"events\": []}";
        send(huge).andExpect(status().isPayloadTooLarge());
        assertThat(events()).isZero();
    }

    @Test
    void unknownMembersAreCreatedThroughScreeningWhenTheKeyAllowsIt() throws Exception {
        CreatedApiKey creating = api.key(tenant, Set.of(ApiScope.WRITE_EVENTS), null, true, null);
        mvc.perform(post(path()).header("Authorization", ApiFixture.bearer(creating))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"events": [{"type": "referral", "member": {"externalId": "new-1", "handle": "newbie"},
                                     "occurredAt": "%s"}]}""".formatted(ago(1))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.membersCreated").value(1));
        assertThat(inTenant("select count(*) from membership m join member p on p.id = m.member_id"
                + " where p.external_id = 'new-1' and m.community_id = '" + tenant.communityId() + "'", Integer.class))
                .isEqualTo(1);
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void aKeyWithoutTheEventsScopeIsForbidden() throws Exception {
        CreatedApiKey reader = api.key(tenant, Set.of(ApiScope.READ));
        mvc.perform(post(path()).header("Authorization", ApiFixture.bearer(reader))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"events\": []}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRateLimitedKeyIsToldWhenToRetry() throws Exception {
        int status = 200;
        ResultActions last = null;
        for (int i = 0; i < 500 && status != 429; i++) {
            last = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                    .get("/api/v1/communities").header("Authorization", ApiFixture.bearer(key)));
            status = last.andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
        last.andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post(path()).header("Authorization", ApiFixture.bearer(key))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String path() {
        return "/api/v1/communities/" + tenant.communityId() + "/events";
    }

    private int events() {
        Integer count = inTenant("select count(*) from engagement_event", Integer.class);
        return count == null ? 0 : count;
    }

    private <T> T inTenant(String sql, Class<T> type) {
        return TenantContext.callAs(tenant.tenantId(), () -> new TransactionTemplate(transactionManager)
                .execute(status -> jdbc.queryForObject(sql, type)));
    }

    private static String ago(int hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static MemberForm member(String name, String handle, String externalId) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle(handle);
        form.setExternalId(externalId);
        return form;
    }

    static UUID id(String text) {
        return UUID.fromString(text);
    }
}
