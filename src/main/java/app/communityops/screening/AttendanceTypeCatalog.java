package app.communityops.screening;

import java.util.List;

/**
 * Implemented by the activity feature, so an attendance condition can name an activity type without screening
 * depending on activities.
 */
public interface AttendanceTypeCatalog {

    List<AttendanceTypeOption> attendanceTypes();
}
