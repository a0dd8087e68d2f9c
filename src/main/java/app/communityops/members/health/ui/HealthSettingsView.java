package app.communityops.members.health.ui;

import app.communityops.members.HealthSegment;
import app.communityops.members.MemberHealthNavigation;
import app.communityops.members.health.HealthOverview;
import app.communityops.members.health.HealthSettings;
import app.communityops.members.health.HealthSettingsService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The tenant admin's member-health thresholds: the lowest score of each segment, when a joiner stops counting as
 * new, after how many silent days a member is dormant, and how many activities the attendance factor looks at; with
 * the segments' sizes now and, before saving, with the thresholds typed in. Saving asks for a recompute, which the
 * job runs within a minute.
 */
@Route(MemberHealthNavigation.SETTINGS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "memberhealth.settings.menu", order = 92, icon = "HEART")
@NavGroup(NavArea.CUSTOM)
public class HealthSettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The segments in the order of the table: best to worst, the newcomers last. */
    private static final List<HealthSegment> ORDER = List.of(HealthSegment.CHAMPION, HealthSegment.STEADY,
            HealthSegment.AT_RISK, HealthSegment.SLIPPING, HealthSegment.DORMANT, HealthSegment.NEW);

    /** One line of the segments table. */
    record SegmentLine(HealthSegment segment, int now, @Nullable Integer preview) {
    }

    private final HealthSettingsService service;
    private final IntegerField championMin = field("championMin", 1, 100);
    private final IntegerField steadyMin = field("steadyMin", 1, 100);
    private final IntegerField atRiskMin = field("atRiskMin", 1, 100);
    private final IntegerField slippingMin = field("slippingMin", 1, 100);
    private final IntegerField newDays = field("newDays", 0, HealthSettings.MAX_NEW_DAYS);
    private final IntegerField dormantDays = field("dormantDays", HealthSettings.MIN_DORMANT_DAYS,
            HealthSettings.MAX_DORMANT_DAYS);
    private final IntegerField activitiesCounted = field("activitiesCounted", 1, HealthSettings.MAX_ACTIVITIES);
    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
    private final Grid<SegmentLine> segments = new Grid<>();
    private final Span asOf = new Span();
    private HealthOverview overview;
    /** True while stored values are put into the fields: that is no edit to preview. */
    private boolean showing;

    HealthSettingsView(HealthSettingsService service) {
        this.service = service;
        setId("member-health-settings");
        setWidthFull();
        getStyle().set("max-width", "960px");
        fields.put("championMin", championMin);
        fields.put("steadyMin", steadyMin);
        fields.put("atRiskMin", atRiskMin);
        fields.put("slippingMin", slippingMin);
        fields.put("newDays", newDays);
        fields.put("dormantDays", dormantDays);
        fields.put("activitiesCounted", activitiesCounted);
        asOf.setId("member-health-as-of");
        asOf.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H2(getTranslation("memberhealth.settings.title")),
                new Paragraph(getTranslation("memberhealth.settings.intro")), asOf,
                new H3(getTranslation("memberhealth.settings.thresholds")), thresholds(),
                new H3(getTranslation("memberhealth.settings.days")), days(), buttons(),
                new H3(getTranslation("memberhealth.settings.segments")), segmentsGrid());
        overview = service.overview();
        show(overview);
        fields.values().forEach(field -> field.addValueChangeListener(event -> preview()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memberhealth.settings.title");
    }

    private IntegerField field(String name, int min, int max) {
        IntegerField field = new IntegerField(getTranslation("memberhealth.field." + name));
        field.setId("member-health-" + name);
        field.setHelperText(getTranslation("memberhealth.help." + name));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
        return field;
    }

    private Component thresholds() {
        FormLayout form = new FormLayout(championMin, steadyMin, atRiskMin, slippingMin);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private Component days() {
        FormLayout form = new FormLayout(newDays, dormantDays, activitiesCounted);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private Component buttons() {
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("member-health-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("memberhealth.settings.reset"), event -> Confirm.danger(
                getTranslation("memberhealth.settings.reset"), getTranslation("memberhealth.settings.resetConfirm",
                        HealthSettings.DEFAULTS.championMin(), HealthSettings.DEFAULTS.steadyMin(),
                        HealthSettings.DEFAULTS.atRiskMin(), HealthSettings.DEFAULTS.slippingMin(),
                        HealthSettings.DEFAULTS.newDays(), HealthSettings.DEFAULTS.dormantDays(),
                        HealthSettings.DEFAULTS.activitiesCounted()),
                getTranslation("memberhealth.settings.reset"), this::reset));
        reset.setId("member-health-reset");
        return new HorizontalLayout(save, reset);
    }

    private Component segmentsGrid() {
        segments.setId("member-health-segments");
        segments.addThemeVariants(GridVariant.LUMO_COMPACT);
        segments.setAllRowsVisible(true);
        segments.addColumn(line -> getTranslation("memberhealth.segment." + line.segment().name())).setKey("segment")
                .setHeader(getTranslation("memberhealth.column.segment")).setAutoWidth(true).setFlexGrow(0);
        segments.addColumn(line -> getTranslation("memberhealth.rule." + line.segment().name())).setKey("rule")
                .setHeader(getTranslation("memberhealth.column.rule")).setFlexGrow(1);
        segments.addColumn(SegmentLine::now).setKey("now").setHeader(getTranslation("memberhealth.column.now"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        segments.addColumn(line -> line.preview() == null ? "" : Integer.toString(line.preview()))
                .setKey("preview").setHeader(getTranslation("memberhealth.column.preview")).setAutoWidth(true)
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        Paragraph hint = new Paragraph(getTranslation("memberhealth.settings.previewHint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        VerticalLayout block = new VerticalLayout(hint, segments);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    /** Shows what the service answered: the stored thresholds, the segments' sizes and when they were computed. */
    private void show(HealthOverview shown) {
        HealthSettings settings = shown.settings();
        showing = true;
        championMin.setValue(settings.championMin());
        steadyMin.setValue(settings.steadyMin());
        atRiskMin.setValue(settings.atRiskMin());
        slippingMin.setValue(settings.slippingMin());
        newDays.setValue(settings.newDays());
        dormantDays.setValue(settings.dormantDays());
        activitiesCounted.setValue(settings.activitiesCounted());
        showing = false;
        fields.values().forEach(field -> field.setInvalid(false));
        String computed = shown.computedAt() == null ? getTranslation("memberhealth.settings.neverComputed")
                : getTranslation("memberhealth.settings.asOf", DateTimeFormatter.ofLocalizedDateTime(
                        FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                        .format(shown.computedAt().atZone(shown.zone())));
        asOf.setText(shown.recomputePending()
                ? computed + " " + getTranslation("memberhealth.settings.pending") : computed);
        lines(null);
    }

    private void lines(@Nullable Map<HealthSegment, Integer> preview) {
        segments.setItems(ORDER.stream().map(segment -> new SegmentLine(segment,
                overview.segments().getOrDefault(segment, 0),
                preview == null ? null : preview.getOrDefault(segment, 0))).toList());
    }

    /** The thresholds typed in, with the version they were read at; null when a field is empty. */
    private @Nullable HealthSettings typed() {
        boolean complete = true;
        for (Map.Entry<String, IntegerField> entry : fields.entrySet()) {
            IntegerField field = entry.getValue();
            if (field.getValue() == null) {
                field.setErrorMessage(getTranslation("memberhealth.error.required"));
                field.setInvalid(true);
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        return new HealthSettings(value(championMin), value(steadyMin), value(atRiskMin), value(slippingMin),
                value(newDays), value(dormantDays), value(activitiesCounted), overview.settings().version());
    }

    private static int value(IntegerField field) {
        Integer value = field.getValue();
        return value == null ? 0 : value;
    }

    void preview() {
        if (showing) {
            return;
        }
        fields.values().forEach(field -> field.setInvalid(false));
        HealthSettings settings = typed();
        if (settings == null) {
            lines(null);
            return;
        }
        try {
            lines(service.preview(settings));
        } catch (UserFacingException refused) {
            lines(null);
            FormErrors.show(refused, fields);
        }
    }

    void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        HealthSettings settings = typed();
        if (settings == null) {
            return;
        }
        try {
            service.save(settings);
            overview = service.overview();
            show(overview);
            Notifications.success(getTranslation("memberhealth.settings.saved"));
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        } catch (UserFacingException refused) {
            FormErrors.show(refused, fields);
        }
    }

    void reset() {
        try {
            service.resetToDefaults(overview.settings().version());
            overview = service.overview();
            show(overview);
            Notifications.success(getTranslation("memberhealth.settings.resetDone"));
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::reload);
        }
    }

    private void reload() {
        overview = service.overview();
        show(overview);
    }
}
