package app.communityops.members.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.LinkedHashSet;
import java.util.Set;

/** Tags picked from those already offered or typed in as new ones. */
class TagField extends MultiSelectComboBox<String> {

    private final Set<String> offered = new LinkedHashSet<>();

    TagField(String label) {
        super(label);
        setAllowCustomValue(true);
        setItems(offered);
        addCustomValueSetListener(event -> {
            String tag = event.getDetail() == null ? "" : event.getDetail().strip();
            if (!tag.isEmpty() && tag.length() <= 40) {
                offer(Set.of(tag));
                Set<String> selected = new LinkedHashSet<>(getValue());
                selected.add(tag);
                setValue(selected);
            }
        });
    }

    void offer(Set<String> tags) {
        if (offered.addAll(tags)) {
            getListDataView().refreshAll();
        }
    }
}
