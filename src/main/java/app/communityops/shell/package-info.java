/**
 * The console's frame: the main layout with its grouped side navigation, community switcher and user menu,
 * error pages, and the per-UI set-up (language). Depends on features; no feature depends on it.
 */
@NullMarked
package app.communityops.shell;

import org.jspecify.annotations.NullMarked;
