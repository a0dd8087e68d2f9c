package app.communityops.today.ui;

import app.communityops.shared.CurrentUser;
import app.communityops.shared.Roles;
import app.communityops.shared.ui.NavBadge;
import app.communityops.today.TodayNavigation;
import app.communityops.today.TodayService;
import org.springframework.stereotype.Component;

/** The Today entry's count in the navigation: open tasks due today or overdue (staff only see the entry). */
@Component
class TaskBadge implements NavBadge {

    private final TodayService today;

    TaskBadge(TodayService today) {
        this.today = today;
    }

    @Override
    public String route() {
        return TodayNavigation.TODAY_ROUTE;
    }

    @Override
    public int count() {
        boolean staff = CurrentUser.get().map(user -> user.hasRole(Roles.TENANT_ADMIN) || user.hasRole(Roles.OPERATOR))
                .orElse(false);
        return staff ? today.dueCount() : 0;
    }
}
