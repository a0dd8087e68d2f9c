package app.communityops.screening;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The checks a policy must pass, field by field: an enabled mechanism needs its parameters, amounts fit their
 * columns exactly (no rounding of money), elimination thresholds are sensible. The form shows every problem
 * beside its field; the service refuses on the first one, so both edges apply the same rules.
 */
public final class PolicyValidation {

    static final int MAX_CONDITIONS = 20;

    private PolicyValidation() {
    }

    /** Field name to i18n key, in form order; empty when the policy may be saved. */
    public static Map<String, String> problems(PolicyForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.isPaidEntry()) {
            BigDecimal fee = form.getFee();
            if (fee == null || fee.signum() <= 0) {
                problems.put("fee", "screening.validation.feeRequired");
            } else if (!fits(fee, 10)) {
                problems.put("fee", "screening.validation.amountDigits");
            }
            if (form.getCurrency() == null || !form.getCurrency().matches("[A-Z]{3}")) {
                problems.put("currency", "screening.validation.currency");
            }
        }
        if (form.isConditionReview()) {
            boolean noCriteria = form.getCriteria() == null || form.getCriteria().isBlank();
            if (noCriteria && form.getConditions().isEmpty()) {
                problems.put("criteria", "screening.validation.criteriaRequired");
            }
        }
        if (form.getConditions().size() > MAX_CONDITIONS) {
            problems.put("conditions", "screening.validation.tooManyConditions");
        } else if (form.getConditions().stream().anyMatch(c -> c.label() == null || c.label().isBlank()
                || c.label().strip().length() > 200)) {
            problems.put("conditions", "screening.validation.conditionLabel");
        }
        if (form.isTierPrivilege() && form.getMinTierId() == null) {
            problems.put("minTierId", "screening.validation.tierRequired");
        }
        if (form.isPurchaseAmount()) {
            BigDecimal minimum = form.getMinPurchase();
            if (minimum == null || minimum.signum() <= 0) {
                problems.put("minPurchase", "screening.validation.purchaseRequired");
            } else if (!fits(minimum, 12)) {
                problems.put("minPurchase", "screening.validation.amountDigits");
            }
        }
        if (!within(form.getInactiveDays(), 3650)) {
            problems.put("inactiveDays", "screening.validation.inactiveDays");
        }
        if (!within(form.getWarningLimit(), 100)) {
            problems.put("warningLimit", "screening.validation.warningLimit");
        }
        return problems;
    }

    /** Valid as a stored amount: positive, at most two decimals and {@code integerDigits} before the point. */
    static boolean validAmount(@Nullable BigDecimal amount, int integerDigits) {
        return amount != null && amount.signum() > 0 && fits(amount, integerDigits);
    }

    private static boolean fits(BigDecimal amount, int integerDigits) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return Math.max(stripped.scale(), 0) <= 2 && stripped.precision() - stripped.scale() <= integerDigits;
    }

    private static boolean within(@Nullable Integer value, int max) {
        return value != null && value >= 1 && value <= max;
    }
}
