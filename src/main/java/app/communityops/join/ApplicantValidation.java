package app.communityops.join;

import app.communityops.members.MemberForm;
import app.communityops.screening.EvidenceForm;
import app.communityops.shared.UserFacingException;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an applicant's form against the page it was filled on, every field with its own message, and turns it
 * into the member and evidence screening takes. The answers to the condition questions become the application's
 * answers, each under its question, for the reviewer; a payment reference the provider has not confirmed is added
 * there as a claim to check.
 */
@Component
class ApplicantValidation {

    static final int MAX_NAME = 120;
    static final int MAX_ANSWER = 1000;
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()-]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /** The member and evidence for screening, and the payment reference the applicant gave, if any. */
    record Valid(MemberForm member, EvidenceForm evidence, @Nullable String paymentReference) {
    }

    private final I18NProvider i18n;

    ApplicantValidation(I18NProvider i18n) {
        this.i18n = i18n;
    }

    Valid check(PublicJoinPage page, ApplicantForm form) {
        String name = required(form.getName(), MAX_NAME, "name");
        String handle = required(form.getHandle(), MAX_NAME, "handle");
        String phone = optional(form.getPhone(), 40, "phone");
        String email = optional(form.getEmail(), 254, "email");
        if (phone == null && email == null) {
            throw new UserFacingException("join.apply.error.contact", "phone");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new UserFacingException("join.apply.error.phone", "phone");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("join.apply.error.email", "email");
        }
        PublicJoinPage.Steps steps = page.steps();
        boolean each = !steps.anyOne();
        Locale locale = Locale.forLanguageTag(form.getLocale());
        StringBuilder answers = new StringBuilder();
        for (PublicJoinPage.Question question : steps.questions()) {
            String answer = each ? required(form.getAnswers().get(question.id()), MAX_ANSWER, "answer." + question.id())
                    : optional(form.getAnswers().get(question.id()), MAX_ANSWER, "answer." + question.id());
            if (answer != null) {
                answers.append(question.label()).append('\n').append(answer).append("\n\n");
            }
        }
        String code = steps.invitationCode() ? (each ? required(form.getInvitationCode(), 32, "invitationCode")
                : optional(form.getInvitationCode(), 32, "invitationCode")) : null;
        String reference = steps.paidEntry() ? (each ? required(form.getPaymentReference(), 120, "paymentReference")
                : optional(form.getPaymentReference(), 120, "paymentReference")) : null;
        if (reference != null) {
            answers.append(i18n.getTranslation("join.apply.claimForReviewer", locale, reference));
        }
        if (!form.isConsent()) {
            throw new UserFacingException("join.apply.error.consent", "consent");
        }
        if (!page.privacyVersion().equals(form.getNoticeVersion())) {
            // The notice changed while the form was open: consent was given to another text.
            throw new UserFacingException("join.apply.error.noticeChanged", "consent");
        }
        MemberForm member = new MemberForm();
        member.setName(name);
        member.setHandle(handle);
        member.setPhone(phone);
        member.setEmail(email);
        EvidenceForm evidence = EvidenceForm.of(null, code, answers.isEmpty() ? null : answers.toString().strip(),
                new LinkedHashSet<>());
        return new Valid(member, evidence, reference);
    }

    /**
     * Tells the reviewer, in the application's answers, that the tenant's records were not consulted for its tier
     * and purchase checks because the applicant proved no email address, so "no tier" there means "not looked up".
     */
    void noteStandingNotChecked(Valid valid, String applicantLocale) {
        String note = i18n.getTranslation("join.apply.standingNotChecked", Locale.forLanguageTag(applicantLocale));
        String answers = valid.evidence().getAnswers();
        valid.evidence().setAnswers(answers == null ? note : answers + "\n\n" + note);
    }

    /** The email address typed for the pre-check of standing, checked as the form checks it, for {@code field}. */
    static String email(@Nullable String email, String field) {
        String value = required(email, 254, field);
        if (!EMAIL.matcher(value).matches()) {
            throw new UserFacingException("join.check.error.email", field);
        }
        return value;
    }

    private static String required(@Nullable String text, int max, String field) {
        String value = optional(text, max, field);
        if (value == null) {
            throw new UserFacingException("join.apply.error.required", field);
        }
        return value;
    }

    private static @Nullable String optional(@Nullable String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new UserFacingException("join.error.tooLong", field, max);
        }
        // Control characters have no place in a name or an answer, and would garble the reviewer's screen.
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new UserFacingException("join.apply.error.characters", field);
        }
        return value;
    }
}
