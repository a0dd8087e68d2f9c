package app.communityops.members.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberService;
import app.communityops.shared.NotFoundException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class MembersCsvExportTest {

    @Autowired
    private TestTenants tenants;
    @Autowired
    private MemberService members;
    @Autowired
    private MembersCsvExport export;

    @Test
    void exportsTheFilteredMembersAndDefusesFormulas() throws Exception {
        TestTenants.Fixture tenant = tenants.create();
        SignedIn.run(tenant.operator(), () -> {
            members.addToCommunity(tenant.communityId(), form("=cmd|' /C calc'!A0", "evil"));
            members.addToCommunity(tenant.communityId(), form("王芳", "wangfang"));
        });

        String csv = SignedIn.as(tenant.operator(), () -> run(tenant, null));

        assertThat(csv).startsWith("\uFEFFname,handle,status");
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0\",evil,APPLIED");
        assertThat(csv).contains("王芳,wangfang,APPLIED");
        String filtered = SignedIn.as(tenant.operator(), () -> run(tenant, "wang"));
        assertThat(filtered).contains("wangfang").doesNotContain("evil");
    }

    @Test
    void communitiesOutsideTheUsersScopeAreNotFound() {
        TestTenants.Fixture tenant = tenants.create();
        TestTenants.Fixture other = tenants.create();
        assertThatThrownBy(() -> SignedIn.as(other.admin(), () -> run(tenant, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> runFor(tenant.otherClientCommunityId().toString())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(), () -> runFor("not-an-id")))
                .isInstanceOf(NotFoundException.class);
    }

    private String run(TestTenants.Fixture tenant, String text) {
        return runFor(tenant.communityId().toString(), text);
    }

    private String runFor(String communityId) {
        return runFor(communityId, null);
    }

    private String runFor(String communityId, String text) {
        try {
            MockHttpServletResponse response = new MockHttpServletResponse();
            export.export(communityId, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, text, "name",
                    false, "Asia/Shanghai", response);
            return response.getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MemberForm form(String name, String handle) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle(handle);
        return form;
    }
}
