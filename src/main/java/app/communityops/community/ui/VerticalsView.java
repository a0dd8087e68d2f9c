package app.communityops.community.ui;

import app.communityops.community.CommunityNavigation;
import app.communityops.community.VerticalService;
import app.communityops.community.VerticalSummary;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tenant admin's verticals: the five defaults and any of the tenant's own, renamed or removed. Removing one that
 * communities use asks which vertical they move to; the last one cannot be removed.
 */
@Route(CommunityNavigation.VERTICALS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "vertical.menu", order = 25, icon = "SITEMAP")
@NavGroup(NavArea.ADMINISTRATION)
class VerticalsView extends VerticalLayout implements HasDynamicTitle {

    private final VerticalService verticals;
    private final Grid<VerticalSummary> grid = new Grid<>();
    private Map<java.util.UUID, Long> usage = Map.of();

    VerticalsView(VerticalService verticals) {
        this.verticals = verticals;
        setId("verticals");
        Button add = new Button(getTranslation("vertical.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("add-vertical");
        add(new Paragraph(getTranslation("vertical.intro")), add, grid);
        grid.setId("verticals-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(vertical -> CommunityLabels.vertical(this, vertical)).setKey("name")
                .setHeader(getTranslation("vertical.name")).setFlexGrow(1);
        grid.addColumn(vertical -> usage.getOrDefault(vertical.id(), 0L)).setKey("communities")
                .setHeader(getTranslation("vertical.communities")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("vertical.none"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vertical.title");
    }

    private Div actions(VerticalSummary vertical) {
        String name = CommunityLabels.vertical(this, vertical);
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(vertical));
        edit.setId("edit-vertical-" + vertical.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("vertical.rename") + " " + name);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(vertical));
        remove.setId("delete-vertical-" + vertical.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("vertical.delete") + " " + name);
        return new Div(edit, remove);
    }

    private void remove(VerticalSummary vertical) {
        String name = CommunityLabels.vertical(this, vertical);
        long used = usage.getOrDefault(vertical.id(), 0L);
        if (used == 0) {
            Confirm.danger(getTranslation("vertical.deleteTitle", name), getTranslation("vertical.deleteText"),
                    getTranslation("vertical.delete"), () -> delete(vertical, null));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("vertical-move-dialog");
        dialog.setHeaderTitle(getTranslation("vertical.deleteTitle", name));
        Select<VerticalSummary> moveTo = new Select<>();
        moveTo.setId("vertical-move-to");
        moveTo.setLabel(getTranslation("vertical.moveTo"));
        List<VerticalSummary> others = verticals.verticals().stream()
                .filter(other -> !other.id().equals(vertical.id())).toList();
        moveTo.setItems(others);
        moveTo.setItemLabelGenerator(other -> CommunityLabels.vertical(this, other));
        moveTo.setWidthFull();
        dialog.add(new Paragraph(getTranslation("vertical.inUseText", used, name)), moveTo);
        Button confirm = new Button(getTranslation("vertical.moveAndDelete"), e -> {
            if (moveTo.getValue() == null) {
                moveTo.setInvalid(true);
                moveTo.setErrorMessage(getTranslation("vertical.error.moveTo"));
                return;
            }
            dialog.close();
            delete(vertical, moveTo.getValue());
        });
        confirm.setId("vertical-move-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void delete(VerticalSummary vertical, @Nullable VerticalSummary moveTo) {
        try {
            verticals.delete(vertical.id(), moveTo == null ? null : moveTo.id());
            Notifications.success(getTranslation("vertical.deleted", CommunityLabels.vertical(this, vertical)));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        refresh();
    }

    private void open(@Nullable VerticalSummary vertical) {
        Dialog dialog = new Dialog();
        dialog.setId("vertical-dialog");
        dialog.setHeaderTitle(getTranslation(vertical == null ? "vertical.new" : "vertical.rename"));
        TextField name = new TextField(getTranslation("vertical.name"));
        name.setId("vertical-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        name.setWidthFull();
        if (vertical != null) {
            name.setValue(CommunityLabels.vertical(this, vertical));
        }
        dialog.add(name);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (vertical == null) {
                    verticals.create(name.getValue());
                } else {
                    verticals.rename(vertical.id(), vertical.version(), name.getValue());
                }
                dialog.close();
                Notifications.success(getTranslation("vertical.saved"));
                refresh();
            } catch (ConcurrentEditException changed) {
                dialog.close();
                Notifications.error(getTranslation("vertical.error.changed"));
                refresh();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("name", name));
            }
        });
        save.setId("vertical-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void refresh() {
        usage = verticals.usage();
        grid.setItems(verticals.verticals());
    }
}
