package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * The production jar's bean definitions are generated at build time (decision 0038), which fixes every bean
 * condition at the build's value. A node must still decide from its environment (scheduler, demo data), so no class
 * of the application may make a bean depend on a condition; it decides inside the bean instead.
 */
class GeneratedStartTest {

    @Test
    void noBeanOfTheApplicationDependsOnACondition() {
        List<String> conditional = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            Stream.concat(Stream.of((AnnotatedElement) type), Arrays.stream(type.getDeclaredMethods()))
                    .filter(element -> MergedAnnotations.from(element, MergedAnnotations.SearchStrategy.DIRECT)
                            .isPresent(Conditional.class))
                    .forEach(element -> conditional.add(element.toString()));
        }
        assertThat(conditional).as("bean conditions (@Conditional..., @Profile) in the application").isEmpty();
    }

    /**
     * A lazy injection point ({@code @Lazy} on a constructor parameter, field or method) needs a proxy that the
     * generated start code builds wrongly: the production jar then fails to start while every test passes. A bean
     * that must be looked up late takes an {@code ObjectProvider} instead.
     */
    @Test
    void noBeanOfTheApplicationIsInjectedLazily() {
        List<String> lazy = new ArrayList<>();
        for (Class<?> type : applicationClasses()) {
            Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods())
                    .flatMap(Arrays::stream)
                    .flatMap(executable -> Stream.concat(Stream.of((AnnotatedElement) executable),
                            Arrays.stream(executable.getParameters())))
                    .filter(element -> element.isAnnotationPresent(Lazy.class))
                    .forEach(element -> lazy.add(type.getName() + ": " + element));
            Arrays.stream(type.getDeclaredFields()).filter(field -> field.isAnnotationPresent(Lazy.class))
                    .forEach(field -> lazy.add(field.toString()));
        }
        assertThat(lazy).as("lazy injection points in the application").isEmpty();
    }

    @Test
    void theCheckSeesAConditionalBean() {
        assertThat(MergedAnnotations.from(Sample.class, MergedAnnotations.SearchStrategy.DIRECT)
                .isPresent(Conditional.class)).isTrue();
    }

    @org.springframework.context.annotation.Profile("sample")
    private static final class Sample {
    }

    /** Classes from the same place as {@link Application}: the main code, not the tests beside it. */
    private static boolean isMainCode(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation()
                .equals(Application.class.getProtectionDomain().getCodeSource().getLocation());
    }

    private static List<Class<?>> applicationClasses() {
        // Every class, conditional ones included: the scanner would otherwise evaluate their conditions and drop them.
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) {
                return true;
            }

            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        List<Class<?>> classes = scanner.findCandidateComponents("app.communityops").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(),
                        GeneratedStartTest.class.getClassLoader()))
                .filter(GeneratedStartTest::isMainCode)
                .toList();
        assertThat(classes).as("application classes found").hasSizeGreaterThan(100);
        return classes;
    }
}
