package app.communityops.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose creation, changes and deletion go into the audit log.
 * Fields listed in {@link #masked()} are recorded as changed without their values (password hashes).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

    String[] masked() default {};
}
