package app.communityops.join;

import static app.communityops.testing.SignedIn.as;

import app.communityops.screening.PolicyDetails;
import app.communityops.screening.PolicyForm;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.testing.TestTenants;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/** A community with an open join page, a link and a group code, for the join tests. */
@Component
public class JoinTestData {

    /** A tenant's community ready for applicants through {@code token}. */
    public record Ready(TestTenants.Fixture tenant, UUID communityId, UUID linkId, String token, UUID groupCodeId) {
    }

    private final TestTenants tenants;
    private final JoinPageService pages;
    private final JoinLinkService links;
    private final GroupCodeService codes;
    private final ScreeningPolicyService policies;

    JoinTestData(TestTenants tenants, JoinPageService pages, JoinLinkService links, GroupCodeService codes,
                 ScreeningPolicyService policies) {
        this.tenants = tenants;
        this.pages = pages;
        this.links = links;
        this.codes = codes;
        this.policies = policies;
    }

    /** An open page asking a 19.90 entry fee, a forum link, and one group code of {@code seats} seats. */
    public Ready paidEntry(int seats) {
        TestTenants.Fixture tenant = tenants.create();
        UUID community = tenant.communityId();
        return as(tenant.operator(), () -> {
            policy(community, form -> {
                form.setPaidEntry(true);
                form.setFee(new BigDecimal("19.90"));
            });
            JoinPageForm page = new JoinPageForm();
            page.setValueEn("Career changers help each other <b>land</b> a first job.");
            page.setValueZh("转行的人互相帮助找到第一份工作。");
            page.setPrivacyEn("We keep your phone and email to run the community.");
            page.setPrivacyZh("我们保存你的手机号和邮箱，仅用于社群运营。");
            page.setPaymentEn("Transfer 19.90 to account 6222 0000 and note your name.");
            page.setPrivacyVersion("2026-12");
            pages.save(community, -1, page);
            JoinLinkDetails link = links.create(community, null, "Product forum");
            GroupCodeDetails code = codes.add(community, "Group 1", seats, LocalDate.now().plusDays(6), png());
            return new Ready(tenant, community, link.id(), link.token(), code.id());
        });
    }

    public void policy(UUID community, Consumer<PolicyForm> change) {
        PolicyDetails current = policies.find(community);
        PolicyForm form = PolicyForm.of(current);
        change.accept(form);
        policies.update(community, current.version(), form);
    }

    public static ApplicantForm applicant(String name, String phone) {
        ApplicantForm form = new ApplicantForm();
        form.setName(name);
        form.setHandle("wx-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 6));
        form.setPhone(phone);
        form.setConsent(true);
        form.setNoticeVersion("2026-12");
        form.setPaymentReference("TX-" + phone.substring(phone.length() - 4));
        return form;
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
