package app.communityops.join;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's join page: open or paused, its texts, and whether a payment QR image is there. {@code version} is
 * -1 for a page never saved (its texts are the defaults: the rules summary from the rulebook).
 */
public record JoinPageDetails(UUID communityId, boolean paused, Bilingual value, Bilingual rules, Bilingual privacy,
                              String privacyVersion, Bilingual payment, @Nullable String paymentQrType,
                              long version) {

    public boolean hasPaymentQr() {
        return paymentQrType != null;
    }

    public boolean saved() {
        return version >= 0;
    }
}
