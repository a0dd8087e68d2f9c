package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The compiler checks nullness (NullAway, see the pom) only in {@code @NullMarked} code, and {@code @NullMarked} on a
 * package does not reach its subpackages: every package of the application carries it, or its classes go unchecked.
 */
class NullMarkedTest {

    @Test
    void everyPackageOfTheApplicationIsNullMarked() {
        Set<String> packages = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.communityops").stream().map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).as("application packages found").contains("app.communityops.shared");
        assertThat(packages.stream().filter(name -> !nullMarked(name)).toList()).as("packages without @NullMarked")
                .isEmpty();
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException noPackageInfo) {
            return false;
        }
    }
}
