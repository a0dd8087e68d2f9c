package app.communityops.join;

import app.communityops.community.CommunityService;
import app.communityops.content.RulebookItemDetails;
import app.communityops.content.RulebookKind;
import app.communityops.content.RulebookService;
import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's side of a community's join page: its texts in both languages, pausing it, and the payment QR
 * image. Every save checks the version the editor started from, so two people editing at once do not overwrite
 * each other silently.
 */
@Service
@PreAuthorize(Access.STAFF)
public class JoinPageService {

    static final int MAX_TEXT = 2000;
    static final int MAX_PRIVACY = 6000;
    static final int MAX_VERSION = 40;
    private static final Set<RulebookKind> RULES = EnumSet.of(RulebookKind.ENCOURAGED, RulebookKind.FORBIDDEN);

    private final PageQueries pages;
    private final CommunityService communities;
    private final RulebookService rulebook;
    private final Clock clock;

    JoinPageService(PageQueries pages, CommunityService communities, RulebookService rulebook, Clock clock) {
        this.pages = pages;
        this.communities = communities;
        this.rulebook = rulebook;
        this.clock = clock;
    }

    /** The saved page, or the defaults of a page never saved: the rules summary is the rulebook's. */
    @Transactional(readOnly = true)
    public JoinPageDetails page(UUID communityId) {
        communities.writable(communityId);
        return pages.find(communityId).orElseGet(() -> defaults(communityId));
    }

    @Transactional
    public JoinPageDetails save(UUID communityId, long expectedVersion, JoinPageForm form) {
        communities.writable(communityId);
        validate(form);
        if (!pages.save(communityId, expectedVersion, form, clock.instant())) {
            throw new ConcurrentEditException();
        }
        return pages.find(communityId).orElseThrow();
    }

    /**
     * The payment QR image, PNG or JPEG of at most 1 MB (sniffed, not trusted by name); null removes it. Saved
     * on a page that was saved before, so its version is checked like any edit.
     */
    @Transactional
    public JoinPageDetails savePaymentQr(UUID communityId, long expectedVersion, byte @Nullable [] image) {
        communities.writable(communityId);
        String type = image == null ? null : acceptedImage(image, "paymentQr");
        if (expectedVersion < 0) {
            throw new UserFacingException("join.page.error.saveFirst", "paymentQr");
        }
        if (!pages.savePaymentQr(communityId, expectedVersion, image, type, clock.instant())) {
            throw new ConcurrentEditException();
        }
        return pages.find(communityId).orElseThrow();
    }

    /** The image a page shows for paying, for the operator's preview. */
    @Transactional(readOnly = true)
    public Optional<JoinImage> paymentQr(UUID communityId) {
        communities.writable(communityId);
        return pages.paymentQr(communityId);
    }

    /** PNG or JPEG within the size and pixel limits, else refused beside the field; answers the sniffed type. */
    static String acceptedImage(byte[] image, String field) {
        ImageSniffer.Verdict verdict = ImageSniffer.check(image);
        if (verdict == ImageSniffer.Verdict.TOO_MANY_BYTES) {
            throw new UserFacingException("join.error.imageTooLarge", field);
        }
        String type = ImageSniffer.type(image).orElse("");
        if (verdict != ImageSniffer.Verdict.ACCEPTABLE || !(type.equals("image/png") || type.equals("image/jpeg"))) {
            throw new UserFacingException("join.error.imageType", field);
        }
        return type;
    }

    private JoinPageDetails defaults(UUID communityId) {
        String rules = rulebook.items(communityId).stream().filter(item -> RULES.contains(item.kind()))
                .map(RulebookItemDetails::text).map(text -> "• " + text).collect(Collectors.joining("\n"));
        // The rulebook is written in one language; it starts both summaries, for the operator to translate.
        return new JoinPageDetails(communityId, true, Bilingual.EMPTY, new Bilingual(rules, rules), Bilingual.EMPTY,
                "1", Bilingual.EMPTY, null, -1);
    }

    private static void validate(JoinPageForm form) {
        length(form.getValueZh(), MAX_TEXT, "valueZh");
        length(form.getValueEn(), MAX_TEXT, "valueEn");
        length(form.getRulesZh(), MAX_TEXT, "rulesZh");
        length(form.getRulesEn(), MAX_TEXT, "rulesEn");
        length(form.getPrivacyZh(), MAX_PRIVACY, "privacyZh");
        length(form.getPrivacyEn(), MAX_PRIVACY, "privacyEn");
        length(form.getPaymentZh(), MAX_TEXT, "paymentZh");
        length(form.getPaymentEn(), MAX_TEXT, "paymentEn");
        if (form.getPrivacyVersion().isBlank()) {
            throw new UserFacingException("join.page.error.versionRequired", "privacyVersion");
        }
        length(form.getPrivacyVersion(), MAX_VERSION, "privacyVersion");
        // An open page asks for consent to a notice: there must be one to consent to.
        if (!form.isPaused() && new Bilingual(form.getPrivacyZh(), form.getPrivacyEn()).isEmpty()) {
            throw new UserFacingException("join.page.error.privacyRequired", "privacyZh");
        }
    }

    private static void length(@Nullable String text, int max, String field) {
        if (text != null && text.strip().length() > max) {
            throw new UserFacingException("join.error.tooLong", field, max);
        }
    }
}
