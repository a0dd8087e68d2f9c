package app.communityops.members;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A phone number or email as one person is known by, whatever way it was typed: a phone as its digits without
 * China's country code ("+86 138-0000-0000" and "13800000000" are one number), an email lower-cased. The join
 * pages' one-open-application rule and the look-up of a person's standing in the tenant's records both key on these.
 */
public final class ContactKeys {

    private ContactKeys() {
    }

    /** The phone's digits, or null when it has none. */
    public static @Nullable String phone(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    public static @Nullable String email(@Nullable String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
