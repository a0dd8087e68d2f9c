/** The members CSV export: the grid's current filter, streamed, safe to open in a spreadsheet. */
@NullMarked
package app.communityops.members.export;

import org.jspecify.annotations.NullMarked;
