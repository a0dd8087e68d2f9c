/**
 * A — Activity: the tenant's activity types, single and recurring activities of a community with their
 * occurrences, and attendance, which counts as engagement and can satisfy a screening condition.
 */
@NullMarked
package app.communityops.activity;

import org.jspecify.annotations.NullMarked;
