package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.Access;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Security is declared twice, and both halves are checked here for every class, not a sample: each route says
 * exactly who may open it, and each public service method says who may call it.
 */
class AccessAnnotationTest {

    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    @Test
    void everyRouteHasExactlyOneAccessAnnotation() {
        List<Class<?>> routes = classesAnnotatedWith(Route.class);
        assertThat(routes).as("routes found").isNotEmpty();
        assertThat(routes).allSatisfy(route -> assertThat(ACCESS.stream().filter(route::isAnnotationPresent).toList())
                .as("access annotations on %s", route.getName()).hasSize(1));
    }

    @Test
    void everyPublicServiceMethodIsGuardedByPreAuthorize() {
        List<Class<?>> services = classesAnnotatedWith(Service.class);
        assertThat(services).as("services found").isNotEmpty();
        List<Method> methods = services.stream().flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && !method.isBridge())
                .toList();
        assertThat(methods).as("public service methods found").isNotEmpty();
        assertThat(methods).allSatisfy(method -> assertThat(method.isAnnotationPresent(PreAuthorize.class)
                || method.getDeclaringClass().isAnnotationPresent(PreAuthorize.class))
                .as("@PreAuthorize on %s.%s", method.getDeclaringClass().getSimpleName(), method.getName()).isTrue());
    }

    /** Access rules are named once, in {@link Access}: no service spells out a SpEL string of its own. */
    @Test
    void everyPreAuthorizeUsesANamedAccessRule() throws IllegalAccessException {
        Set<String> named = new HashSet<>();
        for (Field field : Access.class.getFields()) {
            named.add((String) field.get(null));
        }
        List<String> used = classesAnnotatedWith(Component.class).stream()
                .flatMap(service -> Stream.concat(Stream.of(service.getAnnotation(PreAuthorize.class)),
                        Arrays.stream(service.getDeclaredMethods()).map(m -> m.getAnnotation(PreAuthorize.class))))
                .filter(Objects::nonNull).map(PreAuthorize::value).distinct().toList();
        assertThat(used).as("rules in use").isNotEmpty();
        assertThat(used).allSatisfy(rule -> assertThat(named).as("named in Access").contains(rule));
    }

    private static List<Class<?>> classesAnnotatedWith(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("app.communityops").stream()
                .flatMap(candidate -> Stream.ofNullable(candidate.getBeanClassName()))
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, AccessAnnotationTest.class.getClassLoader()))
                .toList();
    }
}
