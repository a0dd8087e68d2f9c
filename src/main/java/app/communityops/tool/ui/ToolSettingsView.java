package app.communityops.tool.ui;

import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import app.communityops.tool.CategorySummary;
import app.communityops.tool.ToolNavigation;
import app.communityops.tool.ToolSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/** The tenant's tool categories (add, rename, delete when unused) and how many days ahead renewals are announced. */
@Route(ToolNavigation.SETTINGS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "tool.settings.menu", order = 20, icon = "COG")
@NavGroup(NavArea.TOOL)
public class ToolSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final ToolSettingsService settings;
    private final Grid<CategorySummary> grid = new Grid<>();
    private final TextField newCategory = new TextField();
    private final IntegerField reminderDays = new IntegerField();

    ToolSettingsView(ToolSettingsService settings) {
        this.settings = settings;
        setId("tool-settings-view");
        add(new H3(getTranslation("tool.settings.categories")), addRow(), configureGrid(),
                new H3(getTranslation("tool.settings.reminders")), reminders());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tool.settings.title");
    }

    private Component addRow() {
        newCategory.setId("tool-new-category");
        newCategory.setPlaceholder(getTranslation("tool.settings.newCategory"));
        newCategory.setAriaLabel(getTranslation("tool.settings.newCategory"));
        newCategory.setMaxLength(80);
        Button add = new Button(getTranslation("tool.settings.addCategory"), VaadinIcon.PLUS.create(), event -> {
            try {
                settings.createCategory(newCategory.getValue());
                newCategory.clear();
                newCategory.setInvalid(false);
                refresh();
            } catch (UserFacingException error) {
                FormErrors.show(error, Map.of("name", newCategory));
            }
        });
        add.setId("tool-add-category");
        HorizontalLayout row = new HorizontalLayout(newCategory, add);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private Component configureGrid() {
        grid.setId("tool-categories-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("40rem");
        grid.addColumn(CategorySummary::name).setKey("name").setHeader(getTranslation("tool.column.category"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private Component actions(CategorySummary category) {
        Button rename = new Button(VaadinIcon.EDIT.create(), event -> openRename(category));
        rename.setId("rename-" + category.id());
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        rename.setAriaLabel(getTranslation("tool.settings.rename") + " " + category.name());
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> Confirm.danger(
                getTranslation("tool.settings.deleteCategory"),
                getTranslation("tool.settings.deleteConfirm", category.name()),
                getTranslation("tool.settings.deleteCategory"), () -> delete(category)));
        delete.setId("delete-" + category.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("tool.settings.deleteCategory") + " " + category.name());
        return new HorizontalLayout(rename, delete);
    }

    void delete(CategorySummary category) {
        try {
            settings.deleteCategory(category.id(), category.version());
            refresh();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void openRename(CategorySummary category) {
        Dialog dialog = new Dialog();
        dialog.setId("tool-rename-dialog");
        dialog.setHeaderTitle(getTranslation("tool.settings.renameTitle"));
        TextField name = new TextField(getTranslation("tool.field.name"));
        name.setId("tool-rename-name");
        name.setMaxLength(80);
        name.setValue(category.name());
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                settings.renameCategory(category.id(), category.version(), name.getValue());
                dialog.close();
                refresh();
            } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
                dialog.close();
                StaleEdit.offerReload(this::refresh);
            } catch (UserFacingException refused) {
                FormErrors.show(refused, Map.of("name", name));
            }
        });
        save.setId("tool-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), event -> dialog.close()), save);
        dialog.open();
    }

    private Component reminders() {
        reminderDays.setId("tool-reminder-days");
        reminderDays.setLabel(getTranslation("tool.settings.reminderDays"));
        reminderDays.setHelperText(getTranslation("tool.settings.reminderHelp"));
        reminderDays.setMin(1);
        reminderDays.setMax(365);
        reminderDays.setStepButtonsVisible(true);
        reminderDays.setWidth("20rem");
        Button save = new Button(getTranslation("action.save"), event -> {
            try {
                settings.setReminderDays(reminderDays.getValue() == null ? 0 : reminderDays.getValue());
                reminderDays.setInvalid(false);
                Notifications.success(getTranslation("tool.settings.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(refused, Map.of("reminderDays", reminderDays));
            }
        });
        save.setId("tool-reminder-save");
        HorizontalLayout row = new HorizontalLayout(reminderDays, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        grid.setItems(settings.categories());
        reminderDays.setValue(settings.reminderDays());
    }
}
