package app.communityops.money;

import app.communityops.shared.UserFacingException;
import java.util.Currency;
import java.util.List;

/** ISO 4217 codes the form offers and the services accept. */
public final class Currencies {

    /** The currencies staff pick from; CNY first, the default. */
    public static final List<String> COMMON = List.of("CNY", "HKD", "USD", "EUR", "JPY", "SGD", "GBP");

    private Currencies() {
    }

    static String require(String code, String field) {
        try {
            if (code.length() == 3 && Currency.getInstance(code).getCurrencyCode().equals(code)) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new UserFacingException("money.error.currency", field);
    }
}
