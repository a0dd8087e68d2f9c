package app.communityops.content.ui;

import app.communityops.community.CommunitySummary;
import app.communityops.content.ContentCategory;
import app.communityops.content.ContentDetails;
import app.communityops.content.ContentForm;
import app.communityops.content.ContentKind;
import app.communityops.content.ContentService;
import app.communityops.content.SafeMarkdown;
import app.communityops.content.StaffOption;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits a content item: communities, kind and category, title, body (plain text or Markdown, with a
 * preview rendered exactly as readers will see it), author, channel and the planned publish time in the tenant's
 * zone.
 */
class ContentFormDialog extends Dialog {

    private final ContentService content;
    private final @Nullable ContentDetails existing;
    private final Runnable onSaved;
    private final BeanValidationBinder<ContentForm> binder = new BeanValidationBinder<>(ContentForm.class);
    private final MultiSelectComboBox<UUID> communities = new MultiSelectComboBox<>();
    private final Select<ContentKind> kind = new Select<>();
    private final ComboBox<ContentCategory> category = new ComboBox<>();
    private final TextField title = new TextField();
    private final Checkbox markdown = new Checkbox();
    private final TextArea body = new TextArea();
    private final Div preview = new Div();
    private final TabSheet bodyTabs = new TabSheet();
    private final ComboBox<UUID> author = new ComboBox<>();
    private final TextField channel = new TextField();
    private final DateTimePicker publishAt = new DateTimePicker();

    ContentFormDialog(ContentService content, ZoneId zone, List<CommunitySummary> writable, UUID communityId,
                      @Nullable ContentDetails existing, @Nullable LocalDateTime prefilledTime, Runnable onSaved) {
        this.content = content;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("content-dialog");
        setHeaderTitle(getTranslation(existing == null ? "content.dialog.new" : "content.dialog.edit"));
        setWidth("min(52rem, 100vw)");
        configure(writable, content.authors(), zone);
        bind();
        FormLayout form = new FormLayout(communities, kind, category, title, author, channel, publishAt, markdown);
        form.setColspan(communities, 2);
        form.setColspan(title, 2);
        bodyTabs.setId("content-body-tabs");
        bodyTabs.setWidthFull();
        bodyTabs.add(getTranslation("content.form.write"), body);
        bodyTabs.add(getTranslation("content.form.preview"), preview);
        bodyTabs.addSelectedChangeListener(event -> renderPreview());
        add(form, bodyTabs);

        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("content-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("content-cancel");
        getFooter().add(cancel, save);

        ContentForm initial;
        if (existing == null) {
            initial = new ContentForm();
            initial.setCommunityIds(new LinkedHashSet<>(List.of(communityId)));
            initial.setCategory(ContentCategory.DEEP_DIVE);
            initial.setPublishAt(prefilledTime);
            writable.stream().filter(c -> c.id().equals(communityId)).findFirst().ifPresent(
                    c -> initial.setChannel(getTranslation("community.channel." + c.channel().name())));
        } else {
            initial = ContentForm.of(existing, existing.publishAt() == null ? null
                    : existing.publishAt().atZone(zone).toLocalDateTime());
        }
        ContentCategory chosen = initial.getCategory();
        kind.setValue(chosen == null ? ContentKind.VALUE : chosen.kind());
        binder.readBean(initial);
    }

    private void configure(List<CommunitySummary> writable, List<StaffOption> staff, ZoneId zone) {
        Map<UUID, String> names = writable.stream()
                .collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name));
        communities.setId("content-communities");
        communities.setLabel(getTranslation("content.field.communities"));
        communities.setItems(names.keySet());
        communities.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        communities.setRequiredIndicatorVisible(true);
        kind.setId("content-kind");
        kind.setLabel(getTranslation("content.field.kind"));
        kind.setItems(ContentKind.values());
        kind.setItemLabelGenerator(value -> ContentLabels.kind(this, value));
        kind.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                category.setItems(ContentCategory.of(event.getValue()));
                ContentCategory current = category.getValue();
                if (current != null && current.kind() != event.getValue()) {
                    category.setValue(ContentCategory.of(event.getValue()).getFirst());
                }
            }
        });
        category.setId("content-category");
        category.setLabel(getTranslation("content.field.category"));
        category.setItems(ContentCategory.values());
        category.setItemLabelGenerator(value -> ContentLabels.category(this, value));
        title.setId("content-title");
        title.setLabel(getTranslation("content.field.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        markdown.setId("content-markdown");
        markdown.setLabel(getTranslation("content.field.markdown"));
        body.setId("content-body");
        body.setAriaLabel(getTranslation("content.field.body"));
        body.setMaxLength(20000);
        body.setWidthFull();
        body.setMinHeight("12rem");
        body.setHelperText(getTranslation("content.field.bodyHelper"));
        preview.setId("content-preview");
        preview.setWidthFull();
        author.setId("content-author");
        author.setLabel(getTranslation("content.field.author"));
        Map<UUID, String> staffNames = staff.stream().collect(Collectors.toMap(StaffOption::id, StaffOption::name));
        author.setItems(staffNames.keySet());
        author.setItemLabelGenerator(id -> staffNames.getOrDefault(id, ""));
        author.setClearButtonVisible(true);
        channel.setId("content-channel");
        channel.setLabel(getTranslation("content.field.channel"));
        channel.setMaxLength(120);
        publishAt.setId("content-publish-at");
        publishAt.setLabel(getTranslation("content.field.publishAt"));
        publishAt.setHelperText(getTranslation("content.field.publishAtHelper", zone.getId()));
    }

    private void bind() {
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(communities).bind(ContentForm::getCommunityIds,
                (form, value) -> form.setCommunityIds(new LinkedHashSet<>(value)));
        binder.forField(category).bind("category");
        binder.forField(title).bind("title");
        binder.forField(markdown).bind("markdown");
        binder.forField(body).bind("body");
        binder.forField(author).bind("authorId");
        binder.forField(channel).bind("channel");
        binder.forField(publishAt).bind("publishAt");
    }

    private void renderPreview() {
        preview.removeAll();
        String text = body.getValue();
        if (!SafeMarkdown.isSafe(text)) {
            Span warning = new Span(getTranslation("content.error.unsafeBody"));
            warning.setId("content-preview-unsafe");
            warning.addClassNames("status-badge", "error");
            preview.add(warning);
        }
        preview.add(BodyView.of(text, markdown.getValue()));
    }

    private void save() {
        ContentForm form = new ContentForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            ContentDetails saved = existing == null ? content.create(form)
                    : content.update(existing.id(), existing.version(), form);
            Notifications.success(getTranslation("content.saved", saved.title()));
            close();
            onSaved.run();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(() -> {
                close();
                onSaved.run();
            });
        } catch (UserFacingException refusal) {
            if ("body".equals(refusal.field())) {
                bodyTabs.setSelectedIndex(0);
            }
            ContentErrors.show(refusal, Map.<String, HasValidation>of("title", title, "body", body, "publishAt",
                    publishAt, "authorId", author, "category", category, "communityIds", communities));
        }
    }
}
