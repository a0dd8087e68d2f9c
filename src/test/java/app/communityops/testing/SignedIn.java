package app.communityops.testing;

import app.communityops.shared.AppPrincipal;
import app.communityops.shared.AppUserDetails;
import app.communityops.shared.SignInFactors;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs service-level test code as a given user, exactly as the signed-in principal would be. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Fully signed in: the role, and both factors, as after the password and the authenticator code. */
    public static Authentication authentication(AppPrincipal principal) {
        List<GrantedAuthority> authorities = new ArrayList<>(principal.authorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SignInFactors.PASSWORD));
        authorities.add(FactorGrantedAuthority.fromAuthority(SignInFactors.TOTP));
        return UsernamePasswordAuthenticationToken.authenticated(new AppUserDetails(principal, "", true), null,
                authorities);
    }

    public static <T> T as(AppPrincipal principal, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication(principal));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(AppPrincipal principal, Runnable work) {
        as(principal, () -> {
            work.run();
            return null;
        });
    }
}
