package app.communityops.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.money.MoneyTestData;
import app.communityops.notification.NotificationItem;
import app.communityops.notification.NotificationService;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A community's report as a deliverable: draft, review by a second person, sent to every user of the client with
 * a notice, acknowledged or asked about, corrected as a new version that supersedes the old one; and nobody
 * outside the community sees any of it.
 */
@IntegrationTest
class ReportDeliveryTest {

    @Autowired ReportDeliveryService deliveries;
    @Autowired NotificationService notifications;
    @Autowired TestTenants tenants;
    @Autowired MoneyTestData data;

    Fixture tenant;
    ReportPeriod lastMonth;
    AppPrincipal colleague;

    @BeforeEach
    void tenantWithTwoOperators() {
        tenant = tenants.create();
        lastMonth = ReportPeriod.month(YearMonth.now().minusMonths(1));
        colleague = tenants.operatorOfCommunity(tenant, "colleague");
    }

    @Test
    void aDraftIsReviewedThenSentByASecondPersonToEveryClientUserWhoAcknowledgesIt() {
        AppPrincipal secondClient = tenants.clientUser(tenant, "second-client");
        ReportDelivery draft = prepare(tenant.operator());
        assertThat(draft.state()).isEqualTo(DeliveryState.DRAFT);
        assertThat(draft.versionNo()).isEqualTo(1);
        assertThat(prepare(tenant.admin()).id()).as("one version in preparation at a time").isEqualTo(draft.id());
        assertThat(SignedIn.as(tenant.clientUser(), () -> deliveries.list(tenant.communityId())))
                .as("a client sees nothing before it is sent").isEmpty();
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(), () -> deliveries.find(tenant.communityId(),
                draft.id()))).isInstanceOf(NotFoundException.class);

        ReportDelivery review = SignedIn.as(tenant.operator(),
                () -> deliveries.submit(tenant.communityId(), draft.id(), draft.version()));
        assertThat(review.state()).isEqualTo(DeliveryState.REVIEW);
        assertThatThrownBy(() -> SignedIn.as(tenant.operator(),
                () -> deliveries.send(tenant.communityId(), draft.id(), review.version(), done -> { })))
                .as("the one who submitted does not send alone").isInstanceOf(UserFacingException.class)
                .hasMessage("report.delivery.error.secondPerson");

        ReportDelivery sent = SignedIn.as(colleague,
                () -> deliveries.send(tenant.communityId(), draft.id(), review.version(), done -> { }));
        assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
        assertThat(sent.recipients()).isEqualTo(2);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(notices(tenant.clientUser())).extracting(NotificationItem::kind).containsExactly("report.notice.sent");
        assertThat(notices(secondClient)).extracting(NotificationItem::link)
                .containsExactly(ReportNavigation.deliveryPath(tenant.communityId(), draft.id()));
        assertThat(SignedIn.as(tenant.clientUser(), deliveries::unopenedByMe)).isEqualTo(1);

        OperationsReport read = SignedIn.as(tenant.clientUser(),
                () -> deliveries.sentReport(tenant.communityId(), draft.id()));
        assertThat(read.period()).isEqualTo(lastMonth);
        assertThat(SignedIn.as(tenant.clientUser(), deliveries::unopenedByMe)).as("opened").isZero();
        assertThat(SignedIn.as(secondClient, deliveries::unopenedByMe)).as("per user").isEqualTo(1);
        assertThat(new String(SignedIn.as(secondClient, () -> deliveries.sentPdf(tenant.communityId(), draft.id())),
                0, 5)).isEqualTo("%PDF-");

        ReportDelivery acknowledged = SignedIn.as(secondClient,
                () -> deliveries.acknowledge(tenant.communityId(), draft.id()));
        assertThat(acknowledged.state()).isEqualTo(DeliveryState.ACKNOWLEDGED);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> deliveries.acknowledge(tenant.communityId(), draft.id())))
                .as("the second to acknowledge is told").hasMessage("report.delivery.error.alreadyAcknowledged");
        assertThat(notices(tenant.operator())).extracting(NotificationItem::kind)
                .contains("report.notice.acknowledged");
        assertThat(notices(colleague)).extracting(NotificationItem::kind).contains("report.notice.acknowledged");
        assertThat(SignedIn.as(secondClient, deliveries::unopenedByMe)).isZero();
    }

    @Test
    void theClientAsksAndTheAgencyAnswersInTheReportsThread() {
        ReportDelivery sent = sendFirstVersion();
        SignedIn.run(tenant.clientUser(), () -> deliveries.post(tenant.communityId(), sent.id(),
                "Why did revenue drop?"));
        assertThat(notices(tenant.operator())).extracting(NotificationItem::kind).contains("report.notice.question");
        SignedIn.run(tenant.operator(), () -> deliveries.post(tenant.communityId(), sent.id(), "A course moved."));
        assertThat(notices(tenant.clientUser())).extracting(NotificationItem::kind)
                .contains("report.notice.answered");
        assertThatThrownBy(() -> SignedIn.run(tenant.clientUser(),
                () -> deliveries.post(tenant.communityId(), sent.id(), "   ")))
                .hasMessage("report.delivery.error.emptyMessage");

        for (AppPrincipal reader : List.of(tenant.clientUser(), tenant.operator(), tenant.admin())) {
            assertThat(SignedIn.as(reader, () -> deliveries.thread(tenant.communityId(), sent.id())))
                    .as("both sides read the thread").extracting(ReportMessage::kind, ReportMessage::body)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ReportMessage.Kind.QUESTION,
                            "Why did revenue drop?"),
                            org.assertj.core.groups.Tuple.tuple(ReportMessage.Kind.ANSWER, "A course moved."));
        }
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedesTheOldOneWhenSent() {
        ReportDelivery draft = prepare(tenant.operator());
        comment(draft, new SectionCommentary("money", "Two courses sold out.", null, "Open a third course."));
        ReportDelivery first = submitAndSend(draft);
        assertThatThrownBy(() -> comment(first, new SectionCommentary("money", "changed", null, null)))
                .hasMessage("report.delivery.error.notEditable");
        SignedIn.run(tenant.clientUser(), () -> deliveries.acknowledge(tenant.communityId(), first.id()));

        ReportDelivery correction = SignedIn.as(tenant.operator(),
                () -> deliveries.correct(tenant.communityId(), first.id()));
        assertThat(correction.versionNo()).isEqualTo(2);
        assertThat(correction.state()).isEqualTo(DeliveryState.DRAFT);
        assertThat(SignedIn.as(tenant.operator(), () -> deliveries.commentary(tenant.communityId(), correction.id())))
                .as("the correction starts from the commentary sent")
                .containsExactly(new SectionCommentary("money", "Two courses sold out.", null, "Open a third course."));
        assertThat(SignedIn.as(tenant.clientUser(), () -> deliveries.list(tenant.communityId())))
                .as("until the correction is sent, the client reads the first version as current")
                .extracting(ReportDelivery::versionNo, ReportDelivery::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true));

        comment(correction, new SectionCommentary("money", "Three courses sold out.", null, null));
        ReportDelivery second = submitAndSend(correction);

        assertThat(SignedIn.as(tenant.clientUser(), () -> deliveries.list(tenant.communityId())))
                .extracting(ReportDelivery::versionNo, ReportDelivery::state, ReportDelivery::current)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, DeliveryState.SENT, true),
                        org.assertj.core.groups.Tuple.tuple(1, DeliveryState.ACKNOWLEDGED, false));
        assertThat(notices(tenant.clientUser())).extracting(NotificationItem::kind)
                .contains("report.notice.corrected");
        assertThat(SignedIn.as(tenant.clientUser(), deliveries::unopenedByMe)).as("only the current one").isEqualTo(1);
        assertThat(money(SignedIn.as(tenant.clientUser(), () -> deliveries.sentReport(tenant.communityId(), first.id()))))
                .as("the old version is kept as it was sent").contains("Two courses sold out.");
        assertThat(money(SignedIn.as(tenant.clientUser(), () -> deliveries.sentReport(tenant.communityId(), second.id()))))
                .contains("Three courses sold out.");
    }

    @Test
    void commentaryIsPartOfTheReportOnScreenInThePdfAndInTheMarkdown() throws Exception {
        ReportDelivery draft = prepare(tenant.operator());
        comment(draft, new SectionCommentary("activity", "Forty came to the meetup.", "The venue was late.",
                "Book the venue early.\nInvite speakers."));
        OperationsReport preview = SignedIn.as(tenant.operator(),
                () -> deliveries.preview(tenant.communityId(), draft.id(), done -> { }));

        OperationsReport.Commentary commentary = preview.sections().stream()
                .filter(section -> section.key().equals("activity")).flatMap(section -> section.blocks().stream())
                .filter(OperationsReport.Commentary.class::isInstance).map(OperationsReport.Commentary.class::cast)
                .findFirst().orElseThrow();
        assertThat(commentary.notes()).extracting(OperationsReport.Fact::label, OperationsReport.Fact::value)
                .as("in the language of the tenant's reports, Chinese unless chosen otherwise")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("亮点", "Forty came to the meetup."),
                        org.assertj.core.groups.Tuple.tuple("问题与不足", "The venue was late."),
                        org.assertj.core.groups.Tuple.tuple("下期计划",
                                "Book the venue early.\nInvite speakers."));
        assertThat(preview.sections().stream().filter(section -> !section.key().equals("activity"))
                .flatMap(section -> section.blocks().stream()))
                .as("sections without commentary are unchanged").noneMatch(OperationsReport.Commentary.class::isInstance);

        String markdown = ReportMarkdown.render(preview);
        assertThat(markdown).contains("### 代理商点评", "**亮点**", "> Forty came to the meetup.",
                "**下期计划**", "> Book the venue early.\n> Invite speakers.");

        try (var pdf = org.apache.pdfbox.Loader.loadPDF(ReportPdf.render(preview))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("代理商点评", "问题与不足", "The venue was late.",
                    "Invite speakers.");
        }
    }

    @Test
    void nobodyOutsideTheCommunitySeesItsReportsOrTheirThread() {
        ReportDelivery sent = sendFirstVersion();
        Fixture other = tenants.create();
        UUID community = tenant.communityId();
        for (AppPrincipal outsider : List.of(other.admin(), other.clientUser(), tenant.otherOperator())) {
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> deliveries.find(community, sent.id())))
                    .as(outsider.email()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> deliveries.sentReport(community, sent.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> deliveries.thread(community, sent.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> deliveries.sentPdf(community, sent.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(SignedIn.as(outsider, deliveries::all)).isEmpty();
        }
        assertThatThrownBy(() -> SignedIn.as(tenant.otherOperator(),
                () -> deliveries.prepare(community, lastMonth))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> deliveries.prepare(community, lastMonth)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> deliveries.find(tenant.otherClientCommunityId(), sent.id())))
                .as("another community's path does not open it").isInstanceOf(NotFoundException.class);
        ReportDelivery otherClients = SignedIn.as(tenant.admin(),
                () -> deliveries.prepare(tenant.otherClientCommunityId(), lastMonth));
        assertThatThrownBy(() -> SignedIn.as(tenant.clientUser(),
                () -> deliveries.find(tenant.otherClientCommunityId(), otherClients.id())))
                .isInstanceOf(NotFoundException.class);
    }

    private ReportDelivery sendFirstVersion() {
        return submitAndSend(prepare(tenant.operator()));
    }

    private ReportDelivery submitAndSend(ReportDelivery draft) {
        ReportDelivery review = SignedIn.as(tenant.operator(),
                () -> deliveries.submit(tenant.communityId(), draft.id(), draft.version()));
        return SignedIn.as(tenant.admin(),
                () -> deliveries.send(tenant.communityId(), draft.id(), review.version(), done -> { }));
    }

    private void comment(ReportDelivery delivery, SectionCommentary commentary) {
        SignedIn.run(tenant.operator(), () -> deliveries.saveCommentary(tenant.communityId(), delivery.id(),
                commentary));
    }

    private static String money(OperationsReport report) {
        return report.sections().stream().filter(section -> section.key().equals("money"))
                .flatMap(section -> section.blocks().stream()).filter(OperationsReport.Commentary.class::isInstance)
                .map(Object::toString).findFirst().orElse("");
    }

    private ReportDelivery prepare(AppPrincipal staff) {
        return SignedIn.as(staff, () -> deliveries.prepare(tenant.communityId(), lastMonth));
    }

    private List<NotificationItem> notices(AppPrincipal user) {
        return SignedIn.as(user, notifications::list);
    }
}
