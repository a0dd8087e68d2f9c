package app.communityops.activity.ui;

import app.communityops.activity.ActivityKind;
import app.communityops.activity.ActivityNavigation;
import app.communityops.activity.ActivityTypeForm;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.ActivityTypeSummary;
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
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The tenant admin's activity types: the eight seeded ones and any of the tenant's own, renamed or archived. */
@Route(ActivityNavigation.TYPES_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "activity.types.menu", order = 90, icon = "SLIDERS")
@NavGroup(NavArea.ACTIVITY)
class ActivityTypesView extends VerticalLayout implements HasDynamicTitle {

    private final ActivityTypeService types;
    private final Grid<ActivityTypeSummary> grid = new Grid<>();

    ActivityTypesView(ActivityTypeService types) {
        this.types = types;
        setId("activity-types");
        Button add = new Button(getTranslation("activity.types.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("add-activity-type");
        add(new Paragraph(getTranslation("activity.types.intro")), add, grid);
        grid.setId("activity-types-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::swatch).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(type -> ActivityLabels.typeName(this, type)).setHeader(getTranslation("activity.types.name"))
                .setFlexGrow(1);
        grid.addColumn(type -> getTranslation("activity.kind." + type.kind().name()))
                .setHeader(getTranslation("activity.types.kind")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("activity.types.none"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.types.title");
    }

    private Span swatch(ActivityTypeSummary type) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "1rem").set("height", "1rem")
                .set("border-radius", "50%").set("background", type.colour() != null ? type.colour()
                        : type.kind() == ActivityKind.REGULAR ? "var(--lumo-primary-color)"
                        : "var(--lumo-success-color)");
        return swatch;
    }

    private Div actions(ActivityTypeSummary type) {
        String name = ActivityLabels.typeName(this, type);
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(type));
        edit.setId("edit-activity-type-" + type.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit") + " " + name);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirm.danger(
                getTranslation("activity.types.deleteTitle", name), getTranslation("activity.types.deleteText"),
                getTranslation("activity.types.delete"), () -> {
                    boolean deleted = types.delete(type.id());
                    Notifications.success(getTranslation(deleted ? "activity.types.deleted"
                            : "activity.types.archived", name));
                    refresh();
                }));
        remove.setId("delete-activity-type-" + type.id());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("activity.types.delete") + " " + name);
        return new Div(edit, remove);
    }

    private void open(@Nullable ActivityTypeSummary type) {
        ActivityTypeForm form = type == null ? new ActivityTypeForm()
                : ActivityTypeForm.of(ActivityLabels.typeName(this, type), type.kind(), type.colour());
        Dialog dialog = new Dialog();
        dialog.setId("activity-type-dialog");
        dialog.setHeaderTitle(getTranslation(type == null ? "activity.types.new" : "activity.types.edit"));
        BeanValidationBinder<ActivityTypeForm> binder = new BeanValidationBinder<>(ActivityTypeForm.class);
        binder.setDefaultValidatorsEnabled(false);
        TextField name = new TextField(getTranslation("activity.types.name"));
        name.setId("activity-type-name");
        name.setRequiredIndicatorVisible(true);
        RadioButtonGroup<ActivityKind> kind = new RadioButtonGroup<>(getTranslation("activity.types.kind"));
        kind.setId("activity-type-kind");
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("activity.kind." + k.name()));
        TextField colour = new TextField(getTranslation("activity.types.colour"));
        colour.setId("activity-type-colour");
        colour.setPlaceholder("#3b82f6");
        colour.setHelperText(getTranslation("activity.types.colourHelp"));
        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(colour).withNullRepresentation("").bind("colour");
        binder.readBean(form);
        FormLayout layout = new FormLayout(name, kind, colour);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(layout);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                if (type == null) {
                    types.create(form);
                } else {
                    types.update(type.id(), type.version(), form);
                }
                dialog.close();
                Notifications.success(getTranslation("activity.types.saved"));
                refresh();
            } catch (UserFacingException | OptimisticLockingFailureException refusal) {
                FormErrors.show(refusal, Map.<String, HasValidation>of("name", name, "colour", colour));
            }
        });
        save.setId("activity-type-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(types.types());
    }
}
