package app.communityops.members.io;

import app.communityops.members.MembersNavigation;
import java.util.UUID;

/** The way in to the import screen and the export download, for the members grid and others. */
public final class MemberIoNavigation {

    public static final String IMPORT_ROUTE = "communities/:communityId/members/import";

    private MemberIoNavigation() {
    }

    public static String importPath(UUID communityId) {
        return "communities/" + communityId + "/members/import";
    }

    /** The export link without filter; the grid appends its parameters (see {@code MemberExportController}). */
    public static String exportPath(UUID communityId) {
        return "export/communities/" + communityId + "/members.csv";
    }

    /** The members grid of the community, where the import is linked from. */
    public static String membersPath(UUID communityId) {
        return MembersNavigation.communityPath(communityId);
    }
}
