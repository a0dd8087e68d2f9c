/**
 * CSV import of a community's orders, all or nothing and checked by the order form's own rules, and the streamed
 * CSV export of its orders in a period.
 */
@NullMarked
package app.communityops.money.io;

import org.jspecify.annotations.NullMarked;
