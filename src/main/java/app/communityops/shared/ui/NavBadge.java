package app.communityops.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A count beside a side-navigation entry (work due, say), given by the feature that owns the entry's screen, so the
 * layout shows it without knowing the feature. Zero hides the badge.
 */
public interface NavBadge {

    /** The route of the menu entry the count belongs to. */
    String route();

    /** The count for the signed-in user; called only when the entry is shown to them. */
    int count();

    /** Asks the layout of this UI to read the counts again (after the user changed what they count). */
    static void refresh(UI ui) {
        ComponentUtil.fireEvent(ui, new Changed(ui));
    }

    /** Fired on the UI by {@link #refresh}. */
    final class Changed extends ComponentEvent<UI> {

        public Changed(UI source) {
            super(source, false);
        }
    }
}
