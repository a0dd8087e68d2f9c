package app.communityops.approval;

import java.util.UUID;

/**
 * The settings that apply to a community and where they come from.
 *
 * @param source   the community's own setting, its client's, or none
 * @param settings what they ask for
 * @param version  the version of the row they were read from (to save over), -1 when none is stored
 */
public record ApprovalPolicy(Source source, UUID ownerId, ApprovalSettings settings, long version) {

    public enum Source { NONE, CLIENT, COMMUNITY }
}
