/** The calendar screens: all visible communities, or one community with its iCalendar feed. */
@NullMarked
package app.communityops.calendar.ui;

import org.jspecify.annotations.NullMarked;
