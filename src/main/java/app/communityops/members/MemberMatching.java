package app.communityops.members;

import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the person an added member stands for, looking only at the people the caller reaches, and the person out of
 * reach who shares a key with them, for the tenant admin's merge suggestion (docs/decisions/0022-member-matching.md).
 * Every key is looked up whether or not an earlier one found someone, so the work done does not depend on whether
 * someone out of reach exists.
 */
@Component
class MemberMatching {

    /** The person out of reach, and the key they share. */
    record Found(Member member, MatchedOn on) {
    }

    /** Records not kept apart from anyone first, then the oldest. */
    private static final Comparator<Member> PRIMARY_FIRST = Comparator.comparing((Member m) -> m.getMatchOf() != null);

    private final MemberRepository members;
    private final MembershipRepository memberships;
    private final MemberMatchRepository matches;

    MemberMatching(MemberRepository members, MembershipRepository memberships, MemberMatchRepository matches) {
        this.members = members;
        this.memberships = memberships;
        this.matches = matches;
    }

    /** The person with this handle the caller reaches, if any. */
    Optional<Member> inReach(MemberReach.Scope scope, String handle) {
        return members.findAllByHandle(handle).stream().filter(m -> reaches(scope, m)).min(PRIMARY_FIRST);
    }

    /** Whether someone the caller reaches, other than {@code except}, has this handle. */
    boolean handleTakenInReach(MemberReach.Scope scope, String handle, UUID except) {
        return members.findAllByHandle(handle).stream().anyMatch(m -> !m.getId().equals(except) && reaches(scope, m));
    }

    /**
     * Someone out of the caller's reach who shares the form's handle, external id, phone or email (in that order of
     * preference); never anyone for a caller who reaches everyone.
     */
    Optional<Found> outOfReach(MemberReach.Scope scope, MemberForm form, @Nullable UUID except) {
        List<Member> byHandle = members.findAllByHandle(form.getHandle().strip());
        List<Member> byExternalId = text(form.getExternalId()).map(members::findAllByExternalId).orElse(List.of());
        List<Member> byPhone = text(form.getPhone()).map(members::findAllByPhone).orElse(List.of());
        List<Member> byEmail = text(form.getEmail()).map(members::findAllByEmail).orElse(List.of());
        if (scope.everyone()) {
            return Optional.empty();
        }
        return outside(scope, byHandle, except).map(m -> new Found(m, MatchedOn.HANDLE))
                .or(() -> outside(scope, byExternalId, except).map(m -> new Found(m, MatchedOn.EXTERNAL_ID)))
                .or(() -> outside(scope, byPhone, except).map(m -> new Found(m, MatchedOn.PHONE)))
                .or(() -> outside(scope, byEmail, except).map(m -> new Found(m, MatchedOn.EMAIL)));
    }

    /** Records the suggestion that {@code member} is {@code found}, once per pair (a dismissed one is not repeated). */
    void suggest(Member member, Found found, UUID communityId) {
        if (!matches.existsByMemberIdAndMatchId(member.getId(), found.member().getId())) {
            matches.save(new MemberMatch(member.getId(), found.member().getId(), communityId, found.on(), source(),
                    CurrentUser.get().map(user -> user.userId()).orElse(null)));
        }
    }

    boolean reaches(MemberReach.Scope scope, Member member) {
        return scope.everyone() || scope.reaches(memberships.findByMemberId(member.getId()).stream()
                .map(Membership::getCommunityId).toList());
    }

    private Optional<Member> outside(MemberReach.Scope scope, List<Member> candidates, @Nullable UUID except) {
        return candidates.stream().filter(m -> !m.getId().equals(except) && !reaches(scope, m)).min(PRIMARY_FIRST);
    }

    private static MatchSource source() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.API).equals(a.getAuthority())) ? MatchSource.API : MatchSource.CONSOLE;
    }

    private static Optional<String> text(@Nullable String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
