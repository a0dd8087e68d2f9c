/**
 * A small Java component around FullCalendar 6 (MIT), loaded from its WebJar as a plain script and driven with
 * {@code executeJs}; see {@link app.communityops.widgets.fullcalendar.FullCalendar} for how time zones are handled.
 */
@NullMarked
package app.communityops.widgets.fullcalendar;

import org.jspecify.annotations.NullMarked;
