package app.communityops.activity;

import app.communityops.shared.Access;
import app.communityops.screening.AttendanceTypeCatalog;
import app.communityops.screening.AttendanceTypeOption;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Offers the activity types to the screening policy editor, for "attended at least N activities of type T". */
@Component
class ActivityTypeCatalog implements AttendanceTypeCatalog {

    private final ActivityTypeService types;

    ActivityTypeCatalog(ActivityTypeService types) {
        this.types = types;
    }

    @Override
    @Transactional
    @PreAuthorize(Access.STAFF)
    public List<AttendanceTypeOption> attendanceTypes() {
        return types.types().stream().map(t -> new AttendanceTypeOption(t.id(), t.name(), t.labelKey())).toList();
    }
}
