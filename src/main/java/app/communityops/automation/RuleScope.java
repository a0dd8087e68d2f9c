package app.communityops.automation;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which rules a list shows: all the user may see, only the tenant-wide ones, or one community's own. */
public record RuleScope(Kind kind, @Nullable UUID communityId) {

    public enum Kind { ALL, TENANT_WIDE, COMMUNITY }

    public static final RuleScope ALL = new RuleScope(Kind.ALL, null);
    public static final RuleScope TENANT_WIDE = new RuleScope(Kind.TENANT_WIDE, null);

    public static RuleScope community(UUID communityId) {
        return new RuleScope(Kind.COMMUNITY, communityId);
    }
}
