package app.communityops.screening;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an applicant brings, as staff enter it: a payment reference (paid entry), an invitation code as printed,
 * answers to the condition review, and the conditions already confirmed.
 */
public class EvidenceForm {

    @Size(max = 120, message = "{validation.size}")
    private @Nullable String paymentReference;

    @Size(max = 32, message = "{validation.size}")
    private @Nullable String invitationCode;

    @Size(max = 4000, message = "{validation.size}")
    private @Nullable String answers;

    private Set<UUID> checkedConditionIds = new LinkedHashSet<>();

    private boolean addressProven;

    public static EvidenceForm of(@Nullable String paymentReference, @Nullable String invitationCode,
                                  @Nullable String answers, Set<UUID> checkedConditionIds) {
        EvidenceForm form = new EvidenceForm();
        form.setPaymentReference(paymentReference);
        form.setInvitationCode(invitationCode);
        form.setAnswers(answers);
        form.setCheckedConditionIds(new LinkedHashSet<>(checkedConditionIds));
        return form;
    }

    public @Nullable String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(@Nullable String paymentReference) { this.paymentReference = paymentReference; }
    public @Nullable String getInvitationCode() { return invitationCode; }
    public void setInvitationCode(@Nullable String invitationCode) { this.invitationCode = invitationCode; }
    public @Nullable String getAnswers() { return answers; }
    public void setAnswers(@Nullable String answers) { this.answers = answers; }
    public Set<UUID> getCheckedConditionIds() { return checkedConditionIds; }
    public void setCheckedConditionIds(Set<UUID> checkedConditionIds) { this.checkedConditionIds = checkedConditionIds; }

    /**
     * For a join page's applicant: whether they proved the email address they give by a mailed code. Only then do the
     * tenant's records for that address count for the tier and purchase checks; staff-entered evidence ignores it.
     */
    public boolean isAddressProven() { return addressProven; }
    public void setAddressProven(boolean addressProven) { this.addressProven = addressProven; }
}
