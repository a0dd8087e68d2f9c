package app.communityops.join;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The entry fee paid by hand: the applicant follows the tenant's instructions (a bank account, a personal payment
 * QR code), then types the transfer's reference; an operator finds it on the account and confirms it on the join
 * screen's applications, which screens the application again. A reference alone proves nothing.
 */
@Component
class ManualTransfer implements PaymentProvider {

    static final String KIND = "MANUAL_TRANSFER";

    @Override
    public PaymentMethod method(JoinPageDetails page) {
        return new PaymentMethod(KIND, page.payment(), page.hasPaymentQr());
    }

    @Override
    public PaymentCheck verify(UUID communityId, String reference) {
        return PaymentCheck.TO_CONFIRM;
    }
}
