package app.communityops.members.ui;

import app.communityops.members.HealthLabels;
import app.communityops.members.HealthSegment;
import app.communityops.members.MemberFields;
import app.communityops.members.MemberFilter;
import app.communityops.members.MembershipStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The members grid's filters; every change hands the new filter on. */
class MemberFilterBar extends Div {

    private final MultiSelectComboBox<MembershipStatus> status = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> mechanism = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<UUID> channel = new MultiSelectComboBox<>();
    private final TagField tags = new TagField("");
    private final MultiSelectComboBox<UUID> tier = new MultiSelectComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<HealthSegment> segment = new MultiSelectComboBox<>();
    private final IntegerField scoreFrom = new IntegerField();
    private final IntegerField scoreTo = new IntegerField();
    private final UUID communityId;
    private final Consumer<MemberFilter> onChange;
    private ZoneId zone;
    private boolean clearing;

    MemberFilterBar(UUID communityId, MemberLookups lookups, ZoneId zone, MemberFields fields,
                    Consumer<MemberFilter> onChange) {
        this.communityId = communityId;
        this.zone = zone;
        this.onChange = onChange;
        setId("members-filters");
        addClassName("view-toolbar");

        search.setId("members-search");
        // The search reaches handles only for users who may read them (the query service enforces it).
        String searchKey = fields.contact() ? "members.filter.search" : "members.filter.searchName";
        search.setPlaceholder(getTranslation(searchKey));
        search.setAriaLabel(getTranslation(searchKey));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        configure(status, "members-filter-status", "members.filter.status");
        status.setItems(MembershipStatus.values());
        status.setItemLabelGenerator(value -> MemberLabels.status(this, value));
        configure(mechanism, "members-filter-mechanism", "members.filter.mechanism");
        mechanism.setItems(lookups.mechanisms());
        mechanism.setItemLabelGenerator(value -> MemberLabels.mechanism(this, value));
        configure(channel, "members-filter-channel", "members.filter.channel");
        channel.setItems(lookups.channelNames().keySet());
        channel.setItemLabelGenerator(lookups::channel);
        configure(tags, "members-filter-tags", "members.filter.tags");
        tags.setHelperText(getTranslation("members.filter.tagsHelper"));
        configure(tier, "members-filter-tier", "members.filter.tier");
        tier.setItems(lookups.tierNames().keySet());
        tier.setItemLabelGenerator(lookups::tier);

        from.setId("members-filter-from");
        from.setLabel(getTranslation("members.filter.joinedFrom"));
        from.setClearButtonVisible(true);
        to.setId("members-filter-to");
        to.setLabel(getTranslation("members.filter.joinedTo"));
        to.setClearButtonVisible(true);

        configure(segment, "members-filter-segment", "health.filter.segment");
        segment.setItems(HealthSegment.values());
        segment.setItemLabelGenerator(value -> HealthLabels.segment(this, value));
        configureScore(scoreFrom, "members-filter-score-from", "health.filter.scoreFrom");
        configureScore(scoreTo, "members-filter-score-to", "health.filter.scoreTo");

        Button clear = new Button(getTranslation("action.clearFilters"), event -> clear());
        clear.setId("members-clear-filters");
        clear.addThemeVariants(ButtonVariant.TERTIARY);

        add(search, status, mechanism, channel, tags, tier, from, to, segment, scoreFrom, scoreTo, clear);
        search.addValueChangeListener(event -> changed());
        status.addValueChangeListener(event -> changed());
        mechanism.addValueChangeListener(event -> changed());
        channel.addValueChangeListener(event -> changed());
        tags.addValueChangeListener(event -> changed());
        tier.addValueChangeListener(event -> changed());
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        segment.addValueChangeListener(event -> changed());
        scoreFrom.addValueChangeListener(event -> changed());
        scoreTo.addValueChangeListener(event -> changed());
    }

    /** Sets the health filters (from a link such as the dashboard's "see them all"), then hands the filter on once. */
    void showHealth(Set<HealthSegment> segments, @Nullable Integer from, @Nullable Integer to) {
        clearing = true;
        segment.setValue(segments);
        scoreFrom.setValue(from);
        scoreTo.setValue(to);
        clearing = false;
        changed();
    }

    MemberFilter filter() {
        Integer low = score(scoreFrom);
        Integer high = score(scoreTo);
        if (low != null && high != null && low > high) {
            // Shown as an error on the field; until it is fixed, the range does not filter.
            low = null;
            high = null;
        }
        return new MemberFilter(communityId, status.getValue(), mechanism.getValue(), channel.getValue(),
                tags.getValue(), tier.getValue(), from.getValue(), to.getValue(), search.getValue(), zone)
                .withSegments(segment.getValue()).withScore(low, high);
    }

    private static @Nullable Integer score(IntegerField field) {
        Integer value = field.getValue();
        return value == null || value < 0 || value > 100 ? null : value;
    }

    void useZone(ZoneId newZone) {
        this.zone = newZone;
    }

    private void configure(MultiSelectComboBox<?> field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setAutoExpand(MultiSelectComboBox.AutoExpandMode.NONE);
    }

    private void configureScore(IntegerField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation("health.filter.scoreHelper"));
        field.setMin(0);
        field.setMax(100);
        field.setClearButtonVisible(true);
        field.setWidth("8rem");
        field.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private void clear() {
        clearing = true;
        search.clear();
        status.clear();
        mechanism.clear();
        channel.clear();
        tags.clear();
        tier.clear();
        from.clear();
        to.clear();
        segment.clear();
        scoreFrom.clear();
        scoreTo.clear();
        clearing = false;
        changed();
    }

    private void changed() {
        if (clearing) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean ordered = start == null || end == null || !start.isAfter(end);
        to.setInvalid(!ordered);
        to.setErrorMessage(ordered ? null : getTranslation("members.filter.dateOrder"));
        to.setMin(start);
        from.setMax(end);
        Integer low = scoreFrom.getValue();
        Integer high = scoreTo.getValue();
        boolean lowValid = low == null || low >= 0 && low <= 100;
        boolean highValid = high == null || high >= 0 && high <= 100;
        boolean scoresOrdered = !lowValid || !highValid || low == null || high == null || low <= high;
        scoreFrom.setInvalid(!lowValid);
        scoreFrom.setErrorMessage(lowValid ? null : getTranslation("health.filter.scoreHelper"));
        scoreTo.setInvalid(!highValid || !scoresOrdered);
        scoreTo.setErrorMessage(!highValid ? getTranslation("health.filter.scoreHelper")
                : scoresOrdered ? null : getTranslation("health.filter.scoreOrder"));
        if (ordered && lowValid && highValid && scoresOrdered) {
            onChange.accept(filter());
        }
    }
}
