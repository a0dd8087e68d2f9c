package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunityStatus;
import app.communityops.community.CommunitySummary;
import app.communityops.screening.ApplicationOutcome;
import app.communityops.screening.PrecheckAnswer;
import app.communityops.screening.ScreeningPolicyService;
import app.communityops.screening.ScreeningService;
import app.communityops.shared.Access;
import app.communityops.shared.PublicApplicant;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.Uuids;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public side of the join pages, for anyone holding a token. A link's token finds its tenant through the
 * lookup policy only; everything after runs as that tenant and, where screening is called, as the public applicant
 * of the link's community ({@link PublicApplicant}), which the screening and members services scope to that one
 * community. An unknown token, an archived link, a paused page, an archived community and a suspended tenant all
 * answer the same "not open" (a status link of the last two shows nothing), so tokens cannot be probed; refusals of
 * screening that would tell whether a code, phone or handle is known are answered alike too
 * ({@link ApplicationRefusals}).
 */
@Service
@PreAuthorize(Access.ANYONE)
public class JoinPublicService {

    /** How long a mailed code of the pre-check is good for, as the page tells it. */
    public static final long CODE_MINUTES = ContactProofs.CODE_VALID.toMinutes();

    private final LinkQueries links;
    private final PageQueries pages;
    private final ApplicationQueries applications;
    private final GroupCodeQueries codes;
    private final GroupCodeHandOut handOut;
    private final ApplicantValidation validation;
    private final JoinRateLimiter limiter;
    private final PaymentProvider payments;
    private final ContactProofs proofs;
    private final CommunityService communities;
    private final ScreeningPolicyService policies;
    private final ScreeningService screening;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final TransactionTemplate transactions;

    JoinPublicService(LinkQueries links, PageQueries pages, ApplicationQueries applications, GroupCodeQueries codes,
                      GroupCodeHandOut handOut, ApplicantValidation validation, JoinRateLimiter limiter,
                      PaymentProvider payments, ContactProofs proofs, CommunityService communities,
                      ScreeningPolicyService policies, ScreeningService screening, TenantDirectory tenants, Clock clock,
                      PlatformTransactionManager transactionManager) {
        this.links = links;
        this.pages = pages;
        this.applications = applications;
        this.codes = codes;
        this.handOut = handOut;
        this.validation = validation;
        this.limiter = limiter;
        this.payments = payments;
        this.proofs = proofs;
        this.communities = communities;
        this.policies = policies;
        this.screening = screening;
        this.tenants = tenants;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The page a link opens, or empty when it is not open (whatever the reason). */
    public Optional<PublicJoinPage> open(String token) {
        return live(token).flatMap(link -> asApplicant(link, () -> page(token, link)));
    }

    /** The payment QR image of the page a link opens. */
    public Optional<JoinImage> paymentQr(String token) {
        return live(token).flatMap(link -> asApplicant(link, () -> page(token, link).isEmpty() ? Optional.empty()
                : pages.paymentQr(link.communityId())));
    }

    /**
     * Files an application through the link: within the limits of the client's address and the community, once
     * per open application of a phone or email, screened by the community's policy exactly as a staff-entered one.
     * Answers the new status link's token; refusals are {@link UserFacingException}s naming the field.
     */
    public String apply(String token, ApplicantForm form, String clientAddress) {
        LinkQueries.Found link = live(token).orElseThrow(ApplicationRefusals::notOpen);
        boolean allowed = asApplicant(link, () -> limiter.allow(clientAddress, link.communityId()));
        if (!allowed) {
            throw new UserFacingException("join.error.tooMany", null);
        }
        try {
            return asApplicant(link, () -> file(token, link, form));
        } catch (UserFacingException refused) {
            throw ApplicationRefusals.alike(refused);
        } catch (DataIntegrityViolationException raced) {
            // Two submissions of one person at once: the unique index let one through.
            throw ApplicationRefusals.duplicate();
        }
    }

    /**
     * The first half of the pre-check of standing: a code mailed to the address given, which must come back before
     * the tenant's records say anything about that address ({@link #checkCode}). Answered alike whether or not the
     * address is in the records. It costs a token of the pre-check's own stricter buckets as well as of the
     * applications' ones, so the page cannot be used to flood an inbox.
     */
    public void sendCode(String token, String email, Locale locale, String clientAddress) {
        LinkQueries.Found link = live(token).orElseThrow(ApplicationRefusals::notOpen);
        String address = ApplicantValidation.email(email, "check");
        boolean allowed = asApplicant(link, () -> limiter.allowCheck(clientAddress, link.communityId()));
        if (!allowed) {
            throw new UserFacingException("join.error.tooMany", null);
        }
        asApplicant(link, () -> {
            PublicJoinPage page = page(token, link).filter(open -> open.steps().standingCheck())
                    .orElseThrow(ApplicationRefusals::notOpen);
            proofs.send(link.communityId(), page.communityName(), address, locale, clock.instant());
            return true;
        });
    }

    /**
     * The second half: the code typed back. A right code proves the address, and the answer is the policy's tier
     * and purchase checks by the tenant's records for it, only {@link PrecheckAnswer#PASSED} or
     * {@link PrecheckAnswer#NOT_YET}, with the proof the application then carries so that the records count for
     * it too. A wrong, used-up or expired code is refused (field {@code checkCode}); each code allows a few tries.
     */
    public StandingAnswer checkCode(String token, String email, String code, String clientAddress) {
        LinkQueries.Found link = live(token).orElseThrow(ApplicationRefusals::notOpen);
        String address = ApplicantValidation.email(email, "check");
        StandingAnswer answer = asApplicant(link, () -> {
            page(token, link).filter(open -> open.steps().standingCheck())
                    .orElseThrow(ApplicationRefusals::notOpen);
            ContactProofs.Checked checked = proofs.check(link.communityId(), address, code, clock.instant());
            // Returned rather than thrown, so the try just counted stays counted.
            return checked.outcome() == ContactProofs.Outcome.WRONG ? StandingAnswer.WRONG_CODE
                    : new StandingAnswer(screening.precheck(link.communityId(), address), checked.proof());
        });
        if (answer == StandingAnswer.WRONG_CODE) {
            throw new UserFacingException("join.check.error.code", "checkCode");
        }
        return answer;
    }

    /** What a status link shows; empty for a token that names nothing. */
    public Optional<PublicStatus> status(String statusToken) {
        return application(statusToken).flatMap(found -> asApplicant(found.tenantId(), found.communityId(), () -> {
            CommunitySummary community = communities.readable(found.communityId());
            if (community.status() == CommunityStatus.ARCHIVED) {
                return Optional.<PublicStatus>empty();
            }
            ApplicationQueries.Row row = applications.find(found.id()).orElseThrow();
            String name = community.name();
            PublicStatus.Outcome outcome = PublicStatus.Outcome.valueOf(row.outcome());
            boolean toConfirm = row.paymentClaim() != null && outcome == PublicStatus.Outcome.PENDING;
            if (outcome != PublicStatus.Outcome.APPROVED) {
                return Optional.of(new PublicStatus(name, outcome, toConfirm, null, null));
            }
            return Optional.of(handOut.codeFor(row.id(), today(found.tenantId())).flatMap(codes::find)
                    .map(code -> new PublicStatus(name, outcome, false, code.label(), code.expiresOn()))
                    .orElseGet(() -> new PublicStatus(name, outcome, false, null, null)));
        }));
    }

    /** The image of the group code the status link was handed; empty before approval or with no group code. */
    public Optional<JoinImage> groupCode(String statusToken) {
        return application(statusToken).flatMap(found -> asApplicant(found.tenantId(), found.communityId(), () -> {
            ApplicationQueries.Row row = applications.find(found.id()).orElseThrow();
            UUID code = row.groupCodeId();
            if (code == null || !"APPROVED".equals(row.outcome())
                    || communities.readable(found.communityId()).status() == CommunityStatus.ARCHIVED) {
                return Optional.empty();
            }
            return codes.image(code);
        }));
    }

    private String file(String token, LinkQueries.Found link, ApplicantForm form) {
        PublicJoinPage page = page(token, link).orElseThrow(ApplicationRefusals::notOpen);
        UUID community = link.communityId();
        ApplicantValidation.Valid valid = validation.check(page, form);
        String phoneHash = JoinTokens.phoneHash(community, valid.member().getPhone());
        String emailHash = JoinTokens.emailHash(community, valid.member().getEmail());
        if (applications.openExists(community, phoneHash, emailHash)) {
            throw ApplicationRefusals.duplicate();
        }
        valid.member().setChannelId(link.channelId());
        String proof = form.getStandingProof();
        String email = valid.member().getEmail();
        valid.evidence().setAddressProven(proof != null && email != null && page.steps().standingCheck()
                && proofs.proves(community, proof, email, clock.instant()));
        if (page.steps().standingCheck() && !valid.evidence().isAddressProven()) {
            validation.noteStandingNotChecked(valid, form.getLocale());
        }
        String claim = valid.paymentReference();
        if (claim != null && payments.verify(community, claim) == PaymentProvider.PaymentCheck.PAID) {
            valid.evidence().setPaymentReference(claim);
            claim = null;
        }
        ApplicationOutcome outcome = screening.apply(community, valid.member(), valid.evidence());
        String statusToken = JoinTokens.random();
        Instant now = clock.instant();
        String state = switch (outcome.status()) {
            case APPROVED, JOINED -> "APPROVED";
            case REJECTED -> "REJECTED";
            default -> "PENDING";
        };
        applications.insert(new ApplicationQueries.NewApplication(Uuids.v7(), community, outcome.membership().id(),
                link.linkId(), phoneHash, emailHash, "PENDING".equals(state), state, now, page.privacyVersion(),
                form.getLocale(), JoinTokens.sha256(statusToken), claim, now, outcome.membership().joinedAt()));
        return statusToken;
    }

    private Optional<PublicJoinPage> page(String token, LinkQueries.Found link) {
        Optional<JoinPageDetails> saved = pages.find(link.communityId()).filter(page -> !page.paused());
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        CommunitySummary community = communities.readable(link.communityId());
        if (community.status() == CommunityStatus.ARCHIVED) {
            return Optional.empty();
        }
        JoinPageDetails page = saved.get();
        return Optional.of(new PublicJoinPage(token, community.name(), page.value(), page.rules(), page.privacy(),
                page.privacyVersion(), PolicySteps.of(policies.find(link.communityId())), payments.method(page)));
    }

    /** The link of a well-formed token that is not archived; looked up before any tenant is known. */
    private Optional<LinkQueries.Found> live(String token) {
        if (!JoinTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<LinkQueries.Found> found = transactions.execute(status -> links.byToken(token));
        return found == null ? Optional.empty() : found.filter(link -> !link.archived() && tenantActive(link.tenantId()));
    }

    private Optional<ApplicationQueries.Found> application(String statusToken) {
        if (!JoinTokens.wellFormed(statusToken)) {
            return Optional.empty();
        }
        Optional<ApplicationQueries.Found> found = transactions.execute(
                status -> applications.byStatusHash(JoinTokens.sha256(statusToken)));
        return found == null ? Optional.empty() : found.filter(application -> tenantActive(application.tenantId()));
    }

    /** A suspended tenant's links and status links answer as unknown ones do, as its staff cannot sign in. */
    private boolean tenantActive(UUID tenant) {
        return tenants.find(tenant).map(TenantSummary::active).orElse(false);
    }

    private <T> T asApplicant(LinkQueries.Found link, Supplier<T> work) {
        return asApplicant(link.tenantId(), link.communityId(), work);
    }

    private <T> T asApplicant(UUID tenant, UUID community, Supplier<T> work) {
        return PublicApplicant.callAs(tenant, community, () -> {
            T result = transactions.execute(status -> work.get());
            return java.util.Objects.requireNonNull(result);
        });
    }

    private LocalDate today(UUID tenant) {
        return LocalDate.now(clock.withZone(tenants.zone(tenant)));
    }
}
