/**
 * The community calendar: activities and content side by side, month, week and list, with drag-to-reschedule,
 * planning gaps and a per-community iCalendar feed. Features put entries on it by implementing
 * {@link app.communityops.calendar.CalendarSource}; the calendar knows none of them by name.
 */
@NullMarked
package app.communityops.calendar;

import org.jspecify.annotations.NullMarked;
