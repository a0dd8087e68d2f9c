package app.communityops.shared;

import java.io.Serial;

/** Someone else saved the same record after it was loaded; the user should reload rather than overwrite. */
public class ConcurrentEditException extends UserFacingException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentEditException() {
        super("error.concurrentEdit", null);
    }
}
