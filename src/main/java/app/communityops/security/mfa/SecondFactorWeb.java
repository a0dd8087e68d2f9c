package app.communityops.security.mfa;

import app.communityops.security.SecurityNavigation;
import app.communityops.shared.AppUserDetails;
import app.communityops.shared.SignInFactors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The code step over HTTP, in the console's filter chain: {@code POST /login/code} takes the code (or a recovery
 * code) of the user who passed the password in this session, never of anyone named in the request, and on success
 * adds {@code FACTOR_TOTP} to that same sign-in under a new session id. Page loads of a sign-in still waiting for
 * its code are sent to the code step; everything else is refused by {@link SecondFactorRule}.
 */
@Component
public class SecondFactorWeb {

    public static final String CODE_PATH = "/" + SecurityNavigation.LOGIN_CODE_ROUTE;
    public static final String ENROL_PATH = "/" + SecurityNavigation.LOGIN_ENROL_ROUTE;
    /** Where the user was going when the password step sent them to the code step. */
    static final String TARGET = SecondFactorWeb.class.getName() + ".target";
    private static final List<String> OPEN_PREFIXES = List.of("/login", "/logout", "/VAADIN/", "/images/", "/icons/",
            "/webjars/", "/styles.css", "/favicon", "/sw.js", "/manifest.webmanifest", "/offline", "/actuator/health",
            "/sw-runtime-resources-precache.js", "/themes/", "/frontend/");

    private final SecondFactorSignIn signIn;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorWeb(SecondFactorSignIn signIn) {
        this.signIn = signIn;
    }

    /** Adds the code step and the gate to a chain; called by the console's security configuration. */
    public void applyTo(HttpSecurity http) {
        http.addFilterBefore(new CodeStepFilter(), AuthorizationFilter.class);
        http.addFilterBefore(new GateFilter(), AuthorizationFilter.class);
    }

    private static SecurityContextHolderStrategy holder() {
        return SecurityContextHolder.getContextHolderStrategy();
    }

    private final class CodeStepFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!"POST".equals(request.getMethod()) || !CODE_PATH.equals(path(request))) {
                chain.doFilter(request, response);
                return;
            }
            Authentication current = holder().getContext().getAuthentication();
            if (!SignInFactors.secondFactorPending(current)
                    || !(current.getPrincipal() instanceof AppUserDetails details)) {
                response.sendRedirect(request.getContextPath() + "/" + SecurityNavigation.LOGIN_ROUTE);
                return;
            }
            String code = request.getParameter("code");
            SecondFactorSignIn.Result result = code == null || code.isBlank() ? SecondFactorSignIn.Result.WRONG
                    : signIn.verify(details.principal(), code);
            if (!result.accepted()) {
                String problem = switch (result) {
                    case THROTTLED -> "throttled";
                    case REPLAYED -> "replayed";
                    case NOT_ENROLLED -> "enrol";
                    default -> "error";
                };
                response.sendRedirect(request.getContextPath()
                        + (result == SecondFactorSignIn.Result.NOT_ENROLLED ? ENROL_PATH : CODE_PATH + "?" + problem));
                return;
            }
            complete(request, response, current);
            HttpSession session = request.getSession();
            Object target = session.getAttribute(TARGET);
            session.removeAttribute(TARGET);
            String next = target instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
            response.sendRedirect(request.getContextPath() + next);
        }
    }

    /** Adds the second factor to the sign-in of the same principal, under a new session id. */
    void complete(HttpServletRequest request, HttpServletResponse response, Authentication current) {
        Authentication both = current.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(SignInFactors.TOTP)))
                .build();
        request.changeSessionId();
        SecurityContext context = holder().createEmptyContext();
        context.setAuthentication(both);
        holder().setContext(context);
        contexts.saveContext(context, request, response);
    }

    /**
     * The same, for a sign-in whose second factor was just set up in the enrolment screen: inside a Vaadin request,
     * where the session id stays (it was renewed at the password step) and Vaadin's copy of the context is replaced.
     */
    public static void completeEnrolment(@Nullable HttpSession session) {
        Authentication current = holder().getContext().getAuthentication();
        if (!SignInFactors.secondFactorPending(current)) {
            return;
        }
        Authentication both = current.toBuilder()
                .authorities(authorities -> authorities.add(FactorGrantedAuthority.fromAuthority(SignInFactors.TOTP)))
                .build();
        SecurityContext context = holder().createEmptyContext();
        context.setAuthentication(both);
        holder().setContext(context);
        if (session != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    private final class GateFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication current = holder().getContext().getAuthentication();
            String path = path(request);
            boolean open = request.getParameter("v-r") != null
                    || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
            // Only a page the browser navigates to is sent on; style sheets, fonts and images load as before.
            String accept = request.getHeader("Accept");
            boolean page = "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
            if (SignInFactors.secondFactorPending(current) && !open && page) {
                String query = request.getQueryString();
                request.getSession().setAttribute(TARGET, path + (query == null ? "" : "?" + query));
                response.sendRedirect(request.getContextPath() + CODE_PATH);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.isEmpty() ? "/" : uri;
    }
}
