package app.communityops.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the "CNY 12.30;USD 4.00" lists the money queries aggregate per currency. */
final class Amounts {

    private Amounts() {
    }

    static List<CurrencyAmount> parse(@Nullable String aggregated) {
        List<CurrencyAmount> amounts = new ArrayList<>();
        if (aggregated == null || aggregated.isBlank()) {
            return amounts;
        }
        for (String part : aggregated.split(";")) {
            String[] pieces = part.split(" ");
            amounts.add(new CurrencyAmount(pieces[0], new BigDecimal(pieces[1])));
        }
        return amounts;
    }
}
