package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route is a constant of its feature's {@code *Navigation} class, so a page's address is written once and
 * every link to it goes through the same name. The home page's belongs to {@code shared}, where every feature may
 * reach it.
 */
class RouteConstantsTest {

    /** A literal address: handed to the router ({@code navigate("…")}, {@code forwardTo("…")}, {@code @Route}) or a link. */
    private static final Pattern LITERAL_TARGET = Pattern.compile(
            "(@Route\\((value\\s*=\\s*)?|\\.navigate\\(|\\.forwardTo\\(|\\.rerouteTo\\()\\s*\""
                    // and a community page's address built by hand, e.g. an Anchor to "communities/" + id + "/…"
                    + "|\"communities/");

    @Test
    void everyRouteIsAConstantOfANavigationClassOfItsFeature() {
        Map<Class<?>, Set<String>> constants = navigationClasses().stream()
                .collect(Collectors.toMap(type -> type, RouteConstantsTest::stringConstants));
        List<Class<?>> routes = classes(new AnnotationTypeFilter(Route.class));
        assertThat(routes).as("routes found").hasSizeGreaterThan(40);
        assertThat(routes).allSatisfy(route -> {
            String value = route.getAnnotation(Route.class).value();
            List<Class<?>> owners = constants.entrySet().stream().filter(entry -> entry.getValue().contains(value))
                    .map(Map.Entry::getKey).toList();
            assertThat(owners).as("*Navigation constant for @Route(\"%s\") of %s", value, route.getName())
                    .anySatisfy(owner -> assertThat(feature(owner)).isIn(feature(route), "shared"));
        });
    }

    @Test
    void noRouteOrNavigationTargetIsWrittenAsALiteral() throws IOException {
        Path sources = Path.of("src/main/java/app/communityops");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> literal = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().endsWith("Navigation.java"))
                    .flatMap(RouteConstantsTest::literalTargets).toList();
            assertThat(literal).as("literal route strings outside *Navigation classes").isEmpty();
        }
    }

    private static Stream<String> literalTargets(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> LITERAL_TARGET.matcher(lines.get(i)).find())
                    .mapToObj(i -> file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Class<?>> navigationClasses() {
        List<Class<?>> found = classes(new RegexPatternTypeFilter(Pattern.compile(".*Navigation")));
        assertThat(found).as("navigation classes found").hasSizeGreaterThan(10);
        return found;
    }

    private static Set<String> stringConstants(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> field.getType() == String.class && Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers()) && Modifier.isPublic(field.getModifiers()))
                .map(RouteConstantsTest::value).collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feature a class belongs to: the package right under the application's. */
    private static String feature(Class<?> type) {
        String rest = type.getPackageName().substring("app.communityops.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    private static List<Class<?>> classes(org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents("app.communityops").stream()
                .flatMap(candidate -> Stream.ofNullable(candidate.getBeanClassName()))
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, RouteConstantsTest.class.getClassLoader()))
                .toList();
    }
}
