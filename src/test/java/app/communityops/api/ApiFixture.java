package app.communityops.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** API keys for test tenants, created the way a tenant admin creates them, and a MockMvc with the real filters. */
@Component
public class ApiFixture {

    private final ApiKeyService keys;
    private final WebApplicationContext context;

    ApiFixture(ApiKeyService keys, WebApplicationContext context) {
        this.keys = keys;
        this.context = context;
    }

    public MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    public CreatedApiKey key(TestTenants.Fixture tenant, Set<ApiScope> scopes) {
        return key(tenant, scopes, null, false, null);
    }

    public CreatedApiKey key(TestTenants.Fixture tenant, Set<ApiScope> scopes, @Nullable UUID community,
                             boolean createMembers, @Nullable LocalDate expiresOn) {
        ApiKeyForm form = new ApiKeyForm();
        form.setName("Key " + UUID.randomUUID().toString().substring(0, 8));
        form.setScopes(scopes);
        form.setCommunityId(community);
        form.setCreateMembers(createMembers);
        form.setExpiresOn(expiresOn);
        return SignedIn.as(tenant.admin(), () -> keys.create(form));
    }

    public CreatedApiKey allScopes(TestTenants.Fixture tenant) {
        return key(tenant, Set.of(ApiScope.values()));
    }

    public static String bearer(CreatedApiKey key) {
        return "Bearer " + key.token();
    }
}
