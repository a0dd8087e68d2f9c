package app.communityops.shared;

import java.io.Serial;

/**
 * Thrown for ids the caller may not see. Deliberately the same for "does not exist" and "belongs to someone
 * else", so an id never confirms that another tenant's or client's record exists.
 */
public class NotFoundException extends UserFacingException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound", null);
    }
}
