/**
 * Tool (T): the tenant's tool inventory by category, what each costs (per currency, never converted), which
 * communities use it and their share of the cost, and renewal reminders ahead of contract dates.
 */
@NullMarked
package app.communityops.tool;

import org.jspecify.annotations.NullMarked;
