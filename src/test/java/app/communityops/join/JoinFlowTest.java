package app.communityops.join;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.screening.CodeBatchForm;
import app.communityops.screening.InvitationCodeService;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public way in, against the real database: an anonymous applicant applies through a link, is screened by the
 * community's policy, the operator confirms the fee, and the status link shows a group's QR code.
 */
@IntegrationTest
class JoinFlowTest {

    @Autowired
    JoinTestData data;
    @Autowired
    JoinPublicService join;
    @Autowired
    JoinApplicationService applications;
    @Autowired
    JoinLinkService links;
    @Autowired
    JoinPageService pages;
    @Autowired
    GroupCodeService codes;
    @Autowired
    MembershipService memberships;
    @Autowired
    InvitationCodeService invitationCodes;

    @Test
    void applyConfirmTheFeeAndTheStatusLinkShowsTheGroupCode() {
        JoinTestData.Ready ready = data.paidEntry(500);
        PublicJoinPage page = join.open(ready.token()).orElseThrow();
        assertThat(page.steps().paidEntry()).isTrue();
        assertThat(page.value().en()).contains("<b>land</b>");

        String status = join.apply(ready.token(), JoinTestData.applicant("Lin Yue", "138 0013 8001"), "10.0.0.1");

        PublicStatus pending = join.status(status).orElseThrow();
        assertThat(pending.outcome()).isEqualTo(PublicStatus.Outcome.PENDING);
        assertThat(pending.paymentToConfirm()).isTrue();
        assertThat(join.groupCode(status)).isEmpty();
        JoinApplicationSummary filed = as(ready.tenant().operator(),
                () -> applications.applications(ready.communityId())).getFirst();
        assertThat(filed.linkLabel()).isEqualTo("Product forum");
        assertThat(filed.paymentToConfirm()).isTrue();
        // The applicant's reference alone is no payment: screening did not count it.
        assertThat(as(ready.tenant().operator(), () -> memberships.find(filed.membershipId())).orElseThrow()
                .status()).isEqualTo(MembershipStatus.PENDING_REVIEW);

        JoinApplicationSummary confirmed = as(ready.tenant().operator(), () -> applications.confirmPayment(filed.id()));

        assertThat(confirmed.outcome()).isEqualTo("APPROVED");
        assertThat(confirmed.joined()).isTrue();
        PublicStatus approved = join.status(status).orElseThrow();
        assertThat(approved.outcome()).isEqualTo(PublicStatus.Outcome.APPROVED);
        assertThat(approved.groupCodeLabel()).isEqualTo("Group 1");
        assertThat(join.groupCode(status)).isPresent();
        // Opening the link again keeps the seat already taken.
        join.status(status);
        List<GroupCodeDetails> after = as(ready.tenant().operator(), () -> codes.codes(ready.communityId()));
        assertThat(after.getFirst().handedOut()).isEqualTo(1);
        JoinLinkDetails link = as(ready.tenant().operator(), () -> links.links(ready.communityId())).getFirst();
        assertThat(link.applications()).isEqualTo(1);
        assertThat(link.approved()).isEqualTo(1);
        assertThat(link.joined()).isEqualTo(1);
    }

    @Test
    void anUnknownTokenAnArchivedLinkAndAPausedPageAnswerAlike() {
        JoinTestData.Ready ready = data.paidEntry(500);
        assertThat(join.open("A".repeat(22))).isEmpty();
        assertThat(join.open("not a token")).isEmpty();
        JoinLinkDetails second = as(ready.tenant().operator(), () -> links.create(ready.communityId(), null, "Ads"));
        as(ready.tenant().operator(), () -> {
            links.archive(second.id());
            return null;
        });
        assertThat(join.open(second.token())).isEmpty();
        assertNotOpen(() -> join.apply(second.token(), JoinTestData.applicant("Ann", "13800138002"), "10.0.0.2"));

        as(ready.tenant().operator(), () -> {
            JoinPageDetails current = pages.page(ready.communityId());
            JoinPageForm form = JoinPageForm.of(current);
            form.setPaused(true);
            return pages.save(ready.communityId(), current.version(), form);
        });
        assertThat(join.open(ready.token())).isEmpty();
        assertNotOpen(() -> join.apply(ready.token(), JoinTestData.applicant("Bo", "13800138003"), "10.0.0.3"));
    }

    @Test
    void onePersonHasOneOpenApplicationPerCommunity() {
        JoinTestData.Ready ready = data.paidEntry(500);
        join.apply(ready.token(), JoinTestData.applicant("Chen", "+86 138 0013 8004"), "10.0.0.4");

        assertRefused(() -> join.apply(ready.token(), JoinTestData.applicant("Chen again", "13800138004"),
                "10.0.0.5"), "join.error.duplicate", null);
    }

    @Test
    void unknownAndUsedUpInvitationCodesReadAlikeAndACodeIsRedeemedOnce() {
        JoinTestData.Ready ready = data.paidEntry(500);
        UUID community = ready.communityId();
        String code = as(ready.tenant().operator(), () -> {
            data.policy(community, form -> {
                form.setPaidEntry(false);
                form.setInvitationCode(true);
            });
            CodeBatchForm batch = new CodeBatchForm();
            batch.setCount(1);
            batch.setQuota(1);
            batch.setValidUntil(LocalDate.now().plusDays(30));
            return invitationCodes.generate(community, batch, ZoneOffset.UTC).getFirst();
        });
        ApplicantForm first = JoinTestData.applicant("Du", "13800138006");
        first.setPaymentReference(null);
        first.setInvitationCode(code);
        String status = join.apply(ready.token(), first, "10.0.0.6");
        assertThat(join.status(status).orElseThrow().outcome()).isEqualTo(PublicStatus.Outcome.APPROVED);

        ApplicantForm usedUp = JoinTestData.applicant("Fan", "13800138007");
        usedUp.setPaymentReference(null);
        usedUp.setInvitationCode(code);
        ApplicantForm unknown = JoinTestData.applicant("Gu", "13800138008");
        unknown.setPaymentReference(null);
        unknown.setInvitationCode("NOSUCHCODE");
        assertRefused(() -> join.apply(ready.token(), usedUp, "10.0.0.7"), "join.error.code", "invitationCode");
        assertRefused(() -> join.apply(ready.token(), unknown, "10.0.0.8"), "join.error.code", "invitationCode");
    }

    @Test
    void everyFieldIsCheckedAndNamed() {
        JoinTestData.Ready ready = data.paidEntry(500);
        ApplicantForm noContact = JoinTestData.applicant("Hu", "13800138009");
        noContact.setPhone(null);
        assertRefused(() -> join.apply(ready.token(), noContact, "10.0.1.1"), "join.apply.error.contact", "phone");
        ApplicantForm noConsent = JoinTestData.applicant("Hu", "13800138009");
        noConsent.setConsent(false);
        assertRefused(() -> join.apply(ready.token(), noConsent, "10.0.1.2"), "join.apply.error.consent",
                "consent");
        ApplicantForm noReference = JoinTestData.applicant("Hu", "13800138009");
        noReference.setPaymentReference(" ");
        assertRefused(() -> join.apply(ready.token(), noReference, "10.0.1.3"), "join.apply.error.required",
                "paymentReference");
        ApplicantForm oldNotice = JoinTestData.applicant("Hu", "13800138009");
        oldNotice.setNoticeVersion("1");
        assertRefused(() -> join.apply(ready.token(), oldNotice, "10.0.1.4"), "join.apply.error.noticeChanged",
                "consent");
    }

    @Test
    void oneAddressIsLimitedToAFewApplications() {
        JoinTestData.Ready ready = data.paidEntry(500);
        for (int i = 0; i < 5; i++) {
            join.apply(ready.token(), JoinTestData.applicant("Applicant " + i, "1390000000" + i), "10.0.2.1");
        }
        assertRefused(() -> join.apply(ready.token(), JoinTestData.applicant("Applicant 6", "13900000006"),
                "10.0.2.1"), "join.error.tooMany", null);
        // Another address is not held back by the first one's flood.
        join.apply(ready.token(), JoinTestData.applicant("Applicant 7", "13900000007"), "10.0.2.2");
    }

    @Test
    void anIpv6AddressIsCountedByItsNetworkAsAtSignIn() {
        JoinTestData.Ready ready = data.paidEntry(500);
        for (int i = 0; i < 5; i++) {
            join.apply(ready.token(), JoinTestData.applicant("Neighbour " + i, "1370000000" + i),
                    "2001:db8:5:6::" + (i + 1));
        }
        // A fresh address of the same /64 is the same subscriber: the bucket is empty for it too.
        assertRefused(() -> join.apply(ready.token(), JoinTestData.applicant("Neighbour 6", "13700000006"),
                "2001:db8:5:6:ffff::9"), "join.error.tooMany", null);
        join.apply(ready.token(), JoinTestData.applicant("Elsewhere", "13700000007"), "2001:db8:5:7::1");
    }

    private static void assertNotOpen(Runnable apply) {
        assertRefused(apply, "join.error.notOpen", null);
    }

    private static void assertRefused(Runnable apply, String key, String field) {
        assertThatThrownBy(apply::run).isInstanceOfSatisfying(UserFacingException.class, refusal -> {
            assertThat(refusal.messageKey()).isEqualTo(key);
            assertThat(refusal.field()).isEqualTo(field);
        });
    }
}
