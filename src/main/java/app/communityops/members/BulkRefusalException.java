package app.communityops.members;

import app.communityops.shared.UserFacingException;
import java.io.Serial;

/**
 * A bulk action stopped at one member and changed nothing: names the member and carries the refusal that stopped
 * it, so the screen can say who and why.
 */
public class BulkRefusalException extends UserFacingException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String memberName;
    private final UserFacingException refusal;

    BulkRefusalException(String memberName, UserFacingException refusal) {
        super("membership.error.bulk", refusal.field(), memberName);
        this.memberName = memberName;
        this.refusal = refusal;
    }

    public String memberName() {
        return memberName;
    }

    public UserFacingException refusal() {
        return refusal;
    }
}
