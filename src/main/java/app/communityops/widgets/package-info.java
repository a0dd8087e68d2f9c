/**
 * Reusable UI widgets that wrap third-party JavaScript loaded from WebJars (no npm build), free of any
 * CommunityOps type so every feature can use them. Open: features use the widget packages directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.communityops.widgets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
