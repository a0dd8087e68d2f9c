package app.communityops.report;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.notification.MailOutbox;
import app.communityops.notification.Notice;
import app.communityops.notification.NotificationService;
import app.communityops.notification.NotificationTopic;
import app.communityops.notification.OutgoingMail;
import app.communityops.security.AccountService;
import app.communityops.security.AccountSummary;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations report as a deliverable (decision 0041): a version per community and period goes draft → review
 * → sent → acknowledged. Staff of the community (its operators and the tenant admins) prepare it, write commentary
 * per section and submit it; a second person sends it: a tenant admin, or an operator of the community other than
 * the one who submitted it. Sending issues the snapshot and tells every enabled user of the community's client, in
 * the console and by mail (PDF attached or a signed link, per tenant setting). A client user acknowledges it or asks
 * questions, and the community's staff are told. A correction of a sent version is a new version; the old one is
 * kept, marked superseded once the new one is sent.
 *
 * <p>Every version of a community the user may not read is "not found"; so is a version not yet sent, to a client.
 */
@Service
public class ReportDeliveryService {

    /** The C-ACM-MT sections, in the report's order, that take commentary. */
    public static final List<String> SECTION_KEYS = List.of("manage", "custom", "activity", "content", "money", "tool");
    static final int LIST_LIMIT = 500;

    private final ReportDeliveryQueries queries;
    private final ReportService reports;
    private final ReportSnapshotService snapshots;
    private final ReportBrandingService branding;
    private final CommunityService communities;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final MailOutbox mail;
    private final ReportLinks links;
    private final FeatureBundlesI18NProvider bundles;
    private final Clock clock;
    private final String publicBaseUrl;

    ReportDeliveryService(ReportDeliveryQueries queries, ReportService reports, ReportSnapshotService snapshots,
                          ReportBrandingService branding, CommunityService communities, AccountService accounts,
                          NotificationService notifications, MailOutbox mail, ReportLinks links,
                          FeatureBundlesI18NProvider bundles, Clock clock,
                          @Value("${communityops.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.queries = queries;
        this.reports = reports;
        this.snapshots = snapshots;
        this.branding = branding;
        this.communities = communities;
        this.accounts = accounts;
        this.notifications = notifications;
        this.mail = mail;
        this.links = links;
        this.bundles = bundles;
        this.clock = clock;
        this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    }

    /** The versions of a community the user may read: all for its staff, the delivered ones for its client. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<ReportDelivery> list(UUID communityId) {
        CommunitySummary community = communities.readable(communityId);
        return rows(List.of(community));
    }

    /** Every version the user may read across their communities: what a client was sent, what staff work on. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<ReportDelivery> all() {
        return rows(communities.visible());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public ReportDelivery find(UUID communityId, UUID deliveryId) {
        return delivery(readable(communityId, deliveryId), communities.readable(communityId));
    }

    /**
     * The version of the period being prepared, or a new draft: the first version, or after a delivered one a
     * correction that starts from its commentary.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ReportDelivery prepare(UUID communityId, ReportPeriod period) {
        CommunitySummary community = communities.writable(communityId);
        return delivery(prepareIn(community.id(), period, "STAFF", CurrentUser.require().userId()), community);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<SectionCommentary> commentary(UUID communityId, UUID deliveryId) {
        staffRow(communityId, deliveryId);
        return queries.commentary(deliveryId);
    }

    /** Saves one section's commentary of a version in draft or review; blank parts are left out. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void saveCommentary(UUID communityId, UUID deliveryId, SectionCommentary commentary) {
        ReportDeliveryQueries.Row row = staffRow(communityId, deliveryId);
        if (!SECTION_KEYS.contains(commentary.sectionKey())) {
            throw new NotFoundException();
        }
        if (!row.state().editable()) {
            throw new UserFacingException("report.delivery.error.notEditable", null);
        }
        check(commentary.highlights(), "highlights");
        check(commentary.problems(), "problems");
        check(commentary.plan(), "plan");
        queries.saveCommentary(deliveryId, new SectionCommentary(commentary.sectionKey(), trim(commentary.highlights()),
                trim(commentary.problems()), trim(commentary.plan())), CurrentUser.require().userId(), clock.instant());
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public ReportDelivery submit(UUID communityId, UUID deliveryId, long expectedVersion) {
        return move(communityId, deliveryId, expectedVersion, DeliveryState.DRAFT, DeliveryState.REVIEW);
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public ReportDelivery returnToDraft(UUID communityId, UUID deliveryId, long expectedVersion) {
        return move(communityId, deliveryId, expectedVersion, DeliveryState.REVIEW, DeliveryState.DRAFT);
    }

    /** Whether the signed-in user may send this version now (it is in review and they are the second person). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public boolean maySend(UUID communityId, UUID deliveryId) {
        return maySend(staffRow(communityId, deliveryId), CurrentUser.require());
    }

    /** The report as it would be sent: the figures of today with the commentary, in the delivery language. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public OperationsReport preview(UUID communityId, UUID deliveryId, IntConsumer progress) {
        ReportDeliveryQueries.Row row = staffRow(communityId, deliveryId);
        return build(row, progress);
    }

    /**
     * Sends a version in review: issues its snapshot and PDF, tells every enabled user of the community's client
     * (console and mail) and marks the version it corrects superseded.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ReportDelivery send(UUID communityId, UUID deliveryId, long expectedVersion, IntConsumer progress) {
        ReportDeliveryQueries.Row row = staffRow(communityId, deliveryId);
        if (row.version() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        AppPrincipal user = CurrentUser.require();
        if (row.state() != DeliveryState.REVIEW) {
            throw new UserFacingException("report.delivery.error.notInReview", null);
        }
        if (!maySend(row, user)) {
            throw new UserFacingException("report.delivery.error.secondPerson", null);
        }
        deliver(row, communities.readable(communityId), user.userId(), progress);
        return find(communityId, deliveryId);
    }

    /** A correction of a delivered version: a new draft starting from its commentary (or the one already open). */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public ReportDelivery correct(UUID communityId, UUID deliveryId) {
        ReportDeliveryQueries.Row row = staffRow(communityId, deliveryId);
        if (!row.state().delivered()) {
            throw new UserFacingException("report.delivery.error.notSent", null);
        }
        return prepare(communityId, row.period());
    }

    /** The report as it was sent; a client user opening it counts as having read it. */
    @Transactional
    @PreAuthorize(Access.READERS)
    public OperationsReport sentReport(UUID communityId, UUID deliveryId) {
        ReportDeliveryQueries.Row row = readable(communityId, deliveryId);
        if (row.snapshotId() == null) {
            throw new NotFoundException();
        }
        AppPrincipal user = CurrentUser.require();
        if (user.hasRole(Roles.CLIENT)) {
            queries.markOpened(deliveryId, user.userId(), clock.instant());
        }
        return snapshots.report(row.snapshotId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public byte[] sentPdf(UUID communityId, UUID deliveryId) {
        ReportDeliveryQueries.Row row = readable(communityId, deliveryId);
        if (row.snapshotId() == null) {
            throw new NotFoundException();
        }
        return snapshots.pdf(row.snapshotId());
    }

    /**
     * A client user confirms the report: the version becomes acknowledged once, whoever of the client's users is
     * first; a second acknowledgement is told it was acknowledged already.
     */
    @Transactional
    @PreAuthorize(Access.READERS)
    public ReportDelivery acknowledge(UUID communityId, UUID deliveryId) {
        AppPrincipal user = CurrentUser.require();
        ReportDeliveryQueries.Row row = readable(communityId, deliveryId);
        if (!user.hasRole(Roles.CLIENT)) {
            throw new NotFoundException();
        }
        if (!row.current()) {
            throw new UserFacingException("report.delivery.error.superseded", null);
        }
        Instant now = clock.instant();
        if (!queries.acknowledge(deliveryId, user.userId(), now)) {
            throw new UserFacingException("report.delivery.error.alreadyAcknowledged", null);
        }
        queries.markOpened(deliveryId, user.userId(), now);
        queries.insertMessage(Uuids.v7(), deliveryId, user.userId(), ReportMessage.Kind.ACKNOWLEDGED, null, now);
        CommunitySummary community = communities.readable(communityId);
        tellStaff(community, row, "report.notice.acknowledged", user.displayName());
        return find(communityId, deliveryId);
    }

    /** A client's question or the agency's answer on a delivered version; the other side is told. */
    @Transactional
    @PreAuthorize(Access.READERS)
    public void post(UUID communityId, UUID deliveryId, String text) {
        AppPrincipal user = CurrentUser.require();
        ReportDeliveryQueries.Row row = readable(communityId, deliveryId);
        if (!row.state().delivered()) {
            throw new UserFacingException("report.delivery.error.notSent", null);
        }
        if (text.isBlank()) {
            throw new UserFacingException("report.delivery.error.emptyMessage", "message");
        }
        check(text, "message");
        boolean client = user.hasRole(Roles.CLIENT);
        if (!client) {
            communities.writable(communityId);
        }
        Instant now = clock.instant();
        queries.insertMessage(Uuids.v7(), deliveryId, user.userId(),
                client ? ReportMessage.Kind.QUESTION : ReportMessage.Kind.ANSWER, text.strip(), now);
        CommunitySummary community = communities.readable(communityId);
        if (client) {
            queries.markOpened(deliveryId, user.userId(), now);
            tellStaff(community, row, "report.notice.question", user.displayName());
        } else {
            Notice notice = Notice.of(NotificationTopic.REPORTS, "report.notice.answered",
                    ReportNavigation.deliveryPath(communityId, deliveryId), community.name(), row.period().code());
            accounts.clientUsers(community.clientId())
                    .forEach(recipient -> notifications.publishToUser(recipient.id(), notice));
        }
    }

    /** The thread of a version, oldest first, with each author's name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<ReportMessage> thread(UUID communityId, UUID deliveryId) {
        readable(communityId, deliveryId);
        List<ReportMessage> messages = queries.thread(deliveryId);
        Map<UUID, String> names = accounts.find(messages.stream().map(ReportMessage::authorId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return messages.stream().map(message -> new ReportMessage(message.id(), message.authorId(),
                names.getOrDefault(message.authorId(), "–"), message.kind(), message.body(), message.createdAt()))
                .toList();
    }

    /** How many current reports the signed-in client user received and has not opened yet. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public int unopenedByMe() {
        AppPrincipal user = CurrentUser.require();
        return user.hasRole(Roles.CLIENT) ? queries.unopened(user.userId()) : 0;
    }

    /** Whether the community's report shows the service level in its Manage section (a tenant admin's choice). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public boolean includesServiceLevel(UUID communityId) {
        communities.writable(communityId);
        return queries.serviceLevel(communityId);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void saveServiceLevel(UUID communityId, boolean include) {
        communities.writable(communityId);
        queries.saveServiceLevel(communityId, include, CurrentUser.require().userId(), clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public ReportSchedule schedule(UUID communityId) {
        communities.writable(communityId);
        return queries.schedule(communityId);
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void saveSchedule(UUID communityId, ReportSchedule schedule) {
        communities.writable(communityId);
        queries.saveSchedule(communityId, schedule, CurrentUser.require().userId(), clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.TENANT_ADMIN)
    public DeliverySettings settings() {
        return queries.settings();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void saveSettings(DeliverySettings settings) {
        queries.saveSettings(settings, ReportLinks.newKey(), clock.instant());
    }

    /**
     * The schedule's work in the current tenant, as the job: prepares each scheduled community's last month and
     * last quarter once their day has come, tells the community's staff, and sends at once only where the tenant
     * turned automatic sending on. Answers how many versions were prepared.
     */
    @Transactional
    @PreAuthorize(Access.JOB)
    public int prepareScheduled() {
        LocalDate today = reports.today();
        DeliverySettings settings = queries.settings();
        int prepared = 0;
        for (ReportDeliveryQueries.Scheduled scheduled : queries.schedules()) {
            CommunitySummary community;
            try {
                community = communities.readable(scheduled.communityId());
            } catch (NotFoundException gone) {
                continue;
            }
            if (community.status() != CommunityStatus.ACTIVE) {
                continue;
            }
            for (ReportPeriod period : due(scheduled.schedule(), today)) {
                if (queries.latest(community.id(), period.code()).isPresent()) {
                    continue;
                }
                ReportDeliveryQueries.Row row = prepareIn(community.id(), period, "SCHEDULE", null);
                prepared++;
                if (settings.autoSend()) {
                    deliver(row, community, null, done -> { });
                } else {
                    notifications.publishToCommunityStaff(community.id(), Notice.of(NotificationTopic.REPORTS,
                            "report.notice.prepared", ReportNavigation.deliveryPath(community.id(), row.id()),
                            community.name(), period.code()));
                }
            }
        }
        return prepared;
    }

    /** The periods a schedule has made due by today: last month from its day on, last quarter likewise. */
    static List<ReportPeriod> due(ReportSchedule schedule, LocalDate today) {
        List<ReportPeriod> due = new ArrayList<>();
        if (schedule.monthlyDay() != null && today.getDayOfMonth() >= schedule.monthlyDay()) {
            due.add(ReportPeriod.containing(ReportPeriod.Kind.MONTH, today).previous());
        }
        ReportPeriod quarter = ReportPeriod.containing(ReportPeriod.Kind.QUARTER, today);
        if (schedule.quarterlyDay() != null && today.getMonth() == quarter.from().getMonth()
                && today.getDayOfMonth() >= schedule.quarterlyDay()) {
            due.add(quarter.previous());
        }
        return due;
    }

    private ReportDeliveryQueries.Row prepareIn(UUID communityId, ReportPeriod period, String origin,
                                                @Nullable UUID by) {
        var latest = queries.latest(communityId, period.code());
        if (latest.isPresent() && latest.get().state().editable()) {
            return latest.get();
        }
        UUID id = Uuids.v7();
        queries.insert(id, communityId, period, latest.map(row -> row.versionNo() + 1).orElse(1), origin, by,
                clock.instant());
        latest.ifPresent(corrected -> queries.copyCommentary(corrected.id(), id));
        return queries.find(id, null).orElseThrow();
    }

    private void deliver(ReportDeliveryQueries.Row row, CommunitySummary community, @Nullable UUID by,
                         IntConsumer progress) {
        OperationsReport report = build(row, done -> progress.accept(done * 8 / 10));
        byte[] pdf = ReportPdf.render(report);
        progress.accept(90);
        UUID snapshot = snapshots.issueDelivered(report, row.id(), pdf, by);
        DeliverySettings settings = queries.settings();
        List<AccountSummary> recipients = accounts.clientUsers(community.clientId());
        Instant now = clock.instant();
        String route = ReportNavigation.deliveryPath(community.id(), row.id());
        Notice notice = Notice.of(NotificationTopic.REPORTS, row.versionNo() > 1 ? "report.notice.corrected"
                : "report.notice.sent", route, community.name(), row.period().code());
        int mailed = 0;
        for (AccountSummary recipient : recipients) {
            notifications.publishToUserInConsole(recipient.id(), notice);
            boolean queued = mail(recipient.id(), row, community, report, pdf, settings, route, now);
            queries.addRecipient(row.id(), recipient.id(), queued);
            mailed += queued ? 1 : 0;
        }
        if (!queries.markSent(row.id(), row.version(), snapshot, by, now, recipients.size(), mailed)) {
            throw new ConcurrentEditException();
        }
        queries.supersedeBefore(community.id(), row.period().code(), row.versionNo(), now);
        progress.accept(100);
    }

    private boolean mail(UUID recipient, ReportDeliveryQueries.Row row, CommunitySummary community,
                         OperationsReport report, byte[] pdf, DeliverySettings settings, String route, Instant now) {
        String period = row.period().code();
        List<OutgoingMail.Text> paragraphs = new ArrayList<>();
        paragraphs.add(OutgoingMail.Text.of(row.versionNo() > 1 ? "report.mail.corrected" : "report.mail.body",
                community.name(), period, row.versionNo()));
        List<OutgoingMail.Attachment> attachments = new ArrayList<>();
        if (settings.attachPdf()) {
            attachments.add(new OutgoingMail.Attachment(ReportPdf.fileName(report, "pdf"), "application/pdf", pdf));
            paragraphs.add(OutgoingMail.Text.of("report.mail.attached"));
        } else {
            Instant expires = now.plus(Duration.ofDays(settings.linkDays()));
            String url = publicBaseUrl + ReportLinks.PATH + links.sign(row.id(), recipient, expires);
            paragraphs.add(OutgoingMail.Text.of("report.mail.link", url, settings.linkDays()));
        }
        paragraphs.add(OutgoingMail.Text.of("report.mail.acknowledge"));
        return mail.queue(new OutgoingMail(recipient, NotificationTopic.REPORTS,
                OutgoingMail.Text.of(row.versionNo() > 1 ? "report.mail.subjectCorrected" : "report.mail.subject",
                        community.name(), period),
                paragraphs, OutgoingMail.Text.of("report.mail.reason", community.name()), route, attachments));
    }

    private OperationsReport build(ReportDeliveryQueries.Row row, IntConsumer progress) {
        Locale language = branding.monthlyLanguage();
        OperationsReport report = reports.build(row.communityId(), row.period(), language, progress);
        ReportTexts texts = new ReportTexts(bundles, language);
        Map<String, OperationsReport.Commentary> commentary = new HashMap<>();
        for (SectionCommentary section : queries.commentary(row.id())) {
            List<OperationsReport.Fact> notes = new ArrayList<>();
            add(notes, texts.t("report.commentary.highlights"), section.highlights());
            add(notes, texts.t("report.commentary.problems"), section.problems());
            add(notes, texts.t("report.commentary.plan"), section.plan());
            commentary.put(section.sectionKey(),
                    new OperationsReport.Commentary(texts.t("report.commentary.heading"), notes));
        }
        return report.withCommentary(commentary);
    }

    private static void add(List<OperationsReport.Fact> notes, String label, @Nullable String text) {
        if (!SectionCommentary.blank(text)) {
            notes.add(new OperationsReport.Fact(label, Objects.requireNonNull(text).strip()));
        }
    }

    private void tellStaff(CommunitySummary community, ReportDeliveryQueries.Row row, String kind, String who) {
        Notice notice = Notice.of(NotificationTopic.REPORTS, kind,
                ReportNavigation.deliveryPath(community.id(), row.id()), who, community.name(), row.period().code());
        notifications.publishToCommunityStaff(community.id(), notice);
    }

    private ReportDelivery move(UUID communityId, UUID deliveryId, long expectedVersion, DeliveryState from,
                                DeliveryState to) {
        ReportDeliveryQueries.Row row = staffRow(communityId, deliveryId);
        if (row.state() != from) {
            throw new UserFacingException("report.delivery.error.state", null);
        }
        if (!queries.moveEditable(deliveryId, expectedVersion, to, CurrentUser.require().userId(), clock.instant())) {
            throw new ConcurrentEditException();
        }
        return find(communityId, deliveryId);
    }

    private static boolean maySend(ReportDeliveryQueries.Row row, AppPrincipal user) {
        return row.state() == DeliveryState.REVIEW
                && (user.hasRole(Roles.TENANT_ADMIN) || !user.userId().equals(row.submittedBy()));
    }

    /** The version, if the user may read its community; a client only once it was sent. */
    private ReportDeliveryQueries.Row readable(UUID communityId, UUID deliveryId) {
        communities.readable(communityId);
        AppPrincipal user = CurrentUser.require();
        ReportDeliveryQueries.Row row = queries.find(deliveryId, user.userId())
                .filter(found -> found.communityId().equals(communityId)).orElseThrow(NotFoundException::new);
        if (user.hasRole(Roles.CLIENT) && !row.state().delivered()) {
            throw new NotFoundException();
        }
        return row;
    }

    /** The version, if the user works in its community. */
    private ReportDeliveryQueries.Row staffRow(UUID communityId, UUID deliveryId) {
        communities.writable(communityId);
        return queries.find(deliveryId, null).filter(found -> found.communityId().equals(communityId))
                .orElseThrow(NotFoundException::new);
    }

    private List<ReportDelivery> rows(List<CommunitySummary> visible) {
        AppPrincipal user = CurrentUser.require();
        Map<UUID, CommunitySummary> byId = visible.stream()
                .collect(Collectors.toMap(CommunitySummary::id, Function.identity()));
        Set<UUID> ids = byId.keySet();
        return queries.list(ids, user.hasRole(Roles.CLIENT), user.userId(), LIST_LIMIT).stream()
                .map(row -> delivery(row, Objects.requireNonNull(byId.get(row.communityId())))).toList();
    }

    private static ReportDelivery delivery(ReportDeliveryQueries.Row row, CommunitySummary community) {
        return new ReportDelivery(row.id(), row.communityId(), community.name(), row.period(), row.versionNo(),
                row.state(), row.submittedBy(), row.createdAt(), row.sentAt(), row.acknowledgedAt(),
                row.supersededAt(), row.recipients(), row.mailed(), row.openedByMe(), row.version());
    }

    private static void check(@Nullable String text, String field) {
        if (text != null && text.strip().length() > SectionCommentary.MAX_LENGTH) {
            throw new UserFacingException("report.delivery.error.tooLong", field, SectionCommentary.MAX_LENGTH);
        }
    }

    private static @Nullable String trim(@Nullable String text) {
        return SectionCommentary.blank(text) ? null : Objects.requireNonNull(text).strip();
    }
}
