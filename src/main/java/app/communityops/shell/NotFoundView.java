package app.communityops.shell;

import app.communityops.shared.NotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for ids the user may not see as well as for unknown pages ({@link UnknownPageView}): both answer 404 with
 * the same text, so a guessed id never confirms that someone else's record exists.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        build(this);
    }

    static void build(VerticalLayout page) {
        page.setId("not-found");
        page.setAlignItems(Alignment.CENTER);
        page.setPadding(true);
        var icon = VaadinIcon.SEARCH.create();
        icon.setSize("48px");
        icon.addClassName("empty-icon");
        page.add(icon, new H2(page.getTranslation("notFound.title")),
                new Paragraph(page.getTranslation("notFound.text")), new Anchor("", page.getTranslation("notFound.back")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
