package app.communityops.calendar;

/** A "create here" choice offered when a user clicks an empty day: a translated label key and the form's route. */
public record CalendarAction(String labelKey, String href) {
}
