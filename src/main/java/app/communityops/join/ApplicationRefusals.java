package app.communityops.join;

import app.communityops.shared.UserFacingException;

/**
 * How a public application is refused. Screening and members say exactly why a code was refused (unknown, another
 * community's, expired, used up) or that a handle is already in the community: right for staff, but on a public
 * page it would tell a stranger which codes and people exist. Here every code refusal reads alike, and a person
 * already in the community reads like an open application.
 */
final class ApplicationRefusals {

    private ApplicationRefusals() {
    }

    static UserFacingException notOpen() {
        return new UserFacingException("join.error.notOpen", null);
    }

    static UserFacingException duplicate() {
        return new UserFacingException("join.error.duplicate", null);
    }

    static UserFacingException alike(UserFacingException refused) {
        String key = refused.messageKey();
        if (key.startsWith("screening.code.error.")) {
            return new UserFacingException("join.error.code", "invitationCode");
        }
        if (key.equals("member.error.alreadyInCommunity")) {
            return duplicate();
        }
        if (key.startsWith("join.") || key.startsWith("validation.")) {
            return refused;
        }
        // A refusal the applicant can do nothing about (the plan's member limit, a community closed meanwhile).
        return notOpen();
    }
}
