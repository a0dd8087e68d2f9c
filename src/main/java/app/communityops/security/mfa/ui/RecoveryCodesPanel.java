package app.communityops.security.mfa.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Recovery codes, shown once: the only time they can be read. */
public final class RecoveryCodesPanel extends Div {

    public RecoveryCodesPanel(List<String> codes) {
        setId("mfa-recovery-codes");
        addClassName("mfa-recovery");
        Paragraph explain = new Paragraph(getTranslation("mfa.recovery.explain"));
        explain.addClassName("mfa-hint");
        UnorderedList list = new UnorderedList();
        list.addClassName("mfa-recovery-list");
        codes.forEach(code -> list.add(new ListItem(code)));
        add(explain, list);
    }
}
