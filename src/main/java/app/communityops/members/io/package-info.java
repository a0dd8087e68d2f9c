/**
 * CSV import and export of a community's members: an all-or-nothing import validated before anything is written
 * and loaded set-based in one transaction, and a streamed export of the members grid's current filter.
 */
@NullMarked
package app.communityops.members.io;

import org.jspecify.annotations.NullMarked;
