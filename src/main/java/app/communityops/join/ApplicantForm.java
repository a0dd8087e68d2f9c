package app.communityops.join;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an applicant fills in on a join page; the service validates it against the community's policy. */
public class ApplicantForm {

    private String name = "";
    private String handle = "";
    private @Nullable String phone;
    private @Nullable String email;
    private Map<UUID, String> answers = new LinkedHashMap<>();
    private @Nullable String invitationCode;
    private @Nullable String paymentReference;
    private @Nullable String standingProof;
    private boolean consent;
    private String noticeVersion = "";
    private String locale = "en";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getHandle() { return handle; }
    public void setHandle(String handle) { this.handle = handle; }
    public @Nullable String getPhone() { return phone; }
    public void setPhone(@Nullable String phone) { this.phone = phone; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public Map<UUID, String> getAnswers() { return answers; }
    public void setAnswers(Map<UUID, String> answers) { this.answers = answers; }
    public @Nullable String getInvitationCode() { return invitationCode; }
    public void setInvitationCode(@Nullable String invitationCode) { this.invitationCode = invitationCode; }
    public @Nullable String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(@Nullable String paymentReference) { this.paymentReference = paymentReference; }
    /** The proof token the pre-check of standing handed out for the email address, if it was done. */
    public @Nullable String getStandingProof() { return standingProof; }
    public void setStandingProof(@Nullable String standingProof) { this.standingProof = standingProof; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getNoticeVersion() { return noticeVersion; }
    public void setNoticeVersion(String noticeVersion) { this.noticeVersion = noticeVersion; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
}
