package app.communityops.widgets.fullcalendar;

/**
 * The browser half of {@link FullCalendar}, kept in Java so it needs neither an npm build nor a static file of its
 * own. User actions leave as DOM events carrying naive wall-clock times ({@code toISOString} of a date FullCalendar
 * made in "UTC" mode is the wall clock with a "Z" to cut off).
 */
final class Scripts {

    /** $0: options (view, locale, date), $1: the events. Runs on every attach; a re-attach rebuilds the calendar. */
    static final String INIT = """
            const el = this;
            const options = JSON.parse($0);
            el._fcEvents = JSON.parse($1);
            const naive = d => d ? d.toISOString().substring(0, 19) : null;
            const fire = (type, detail) => el.dispatchEvent(new CustomEvent(type, { detail }));
            let attempts = 0;
            const boot = () => {
              if (!window.FullCalendar) {
                if (attempts++ < 200) { setTimeout(boot, 50); }
                return;
              }
              if (el._fc) { el._fc.destroy(); }
              el._fcReverts = {};
              const calendar = new FullCalendar.Calendar(el, {
                initialView: options.view,
                initialDate: options.date || undefined,
                now: options.now,
                locale: options.locale,
                timeZone: 'UTC',
                height: 'auto',
                headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' },
                dayMaxEvents: true,
                editable: false,
                events: el._fcEvents,
                eventClick: info => {
                  info.jsEvent.preventDefault();
                  fire('fc-event-click', { id: info.event.id });
                },
                dateClick: info => fire('fc-date-click', {
                  date: info.allDay ? naive(info.date).substring(0, 10) : naive(info.date), allDay: info.allDay }),
                eventDrop: info => {
                  el._fcReverts[info.event.id] = info.revert;
                  fire('fc-event-drop', {
                    id: info.event.id, start: info.event.allDay ? naive(info.event.start).substring(0, 10)
                      : naive(info.event.start), allDay: info.event.allDay });
                },
                datesSet: info => {
                  el.setAttribute('loading', '');
                  fire('fc-dates-set', { start: naive(info.start), end: naive(info.end), view: info.view.type });
                }
              });
              el._fc = calendar;
              calendar.render();
            };
            boot();
            """;

    private Scripts() {
    }
}
