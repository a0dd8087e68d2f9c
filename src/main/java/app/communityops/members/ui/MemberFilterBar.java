package app.communityops.members.ui;

import app.communityops.members.MemberFields;
import app.communityops.members.MemberFilter;
import app.communityops.members.MembershipStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

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

        Button clear = new Button(getTranslation("action.clearFilters"), event -> clear());
        clear.setId("members-clear-filters");
        clear.addThemeVariants(ButtonVariant.TERTIARY);

        add(search, status, mechanism, channel, tags, tier, from, to, clear);
        search.addValueChangeListener(event -> changed());
        status.addValueChangeListener(event -> changed());
        mechanism.addValueChangeListener(event -> changed());
        channel.addValueChangeListener(event -> changed());
        tags.addValueChangeListener(event -> changed());
        tier.addValueChangeListener(event -> changed());
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
    }

    MemberFilter filter() {
        return new MemberFilter(communityId, status.getValue(), mechanism.getValue(), channel.getValue(),
                tags.getValue(), tier.getValue(), from.getValue(), to.getValue(), search.getValue(), zone);
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
        if (ordered) {
            onChange.accept(filter());
        }
    }
}
