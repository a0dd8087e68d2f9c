package app.communityops.join;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an open join page shows an applicant: the community, the operator's texts (shown as text, never markup),
 * and the steps of the screening policy in order.
 */
public record PublicJoinPage(String token, String communityName, Bilingual value, Bilingual rules,
                             Bilingual privacy, String privacyVersion, Steps steps,
                             PaymentProvider.PaymentMethod payment) {

    /** A condition the applicant answers; a reviewer decides whether it is met. */
    public record Question(UUID id, String label) {
    }

    /**
     * The policy's mechanisms as the applicant meets them. {@code anyOne} when passing one of them is enough
     * (then none is required on its own).
     */
    public record Steps(boolean anyOne, List<Question> questions, boolean invitationCode,
                        @Nullable String minTierName, @Nullable BigDecimal minPurchase, boolean paidEntry,
                        @Nullable BigDecimal fee, String currency) {

        public Steps {
            questions = List.copyOf(questions);
        }

        public boolean standingCheck() {
            return minTierName != null || minPurchase != null;
        }
    }
}
