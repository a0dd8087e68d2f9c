package app.communityops.join;

import java.util.UUID;

/**
 * How an applicant pays a community's entry fee. The product has one provider, the manual transfer most
 * communities use today; WeChat Pay or Alipay come in as further implementations of this interface, each saying
 * how its page asks for the money and what a reference it returns proves. There is no stand-in provider.
 */
public interface PaymentProvider {

    /** What the join page shows for paying: instructions, and whether an image (a payment QR) goes with them. */
    PaymentMethod method(JoinPageDetails page);

    /**
     * What the reference an applicant gives proves. {@link PaymentCheck#PAID} only when the provider itself has
     * seen the money arrive; then it is the application's evidence at once. Anything else waits for a person.
     */
    PaymentCheck verify(UUID communityId, String reference);

    /** @param kind the provider's name, for the page and the operator */
    record PaymentMethod(String kind, Bilingual instructions, boolean image) {
    }

    enum PaymentCheck {
        /** The provider confirmed the payment. */
        PAID,
        /** Someone has to look: the operator confirms it against the account before the fee counts. */
        TO_CONFIRM
    }
}
