package app.communityops.kpi;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days {@code from} to {@code to} inclusive of the tenant's zone, and the instants they begin and end at. */
record Window(LocalDate from, LocalDate to, ZoneId zone) {

    Timestamp start() {
        return Timestamp.from(from.atStartOfDay(zone).toInstant());
    }

    Timestamp end() {
        return Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
