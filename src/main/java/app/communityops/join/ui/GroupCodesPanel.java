package app.communityops.join.ui;

import app.communityops.join.GroupCodeDetails;
import app.communityops.join.GroupCodeService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The groups' QR codes of a community (群活码): add one with its seats and printed expiry, see how full each is,
 * change their order, retire one. The join page hands out the first with room; a retired, expired or full code is
 * passed over.
 */
class GroupCodesPanel extends VerticalLayout {

    private final GroupCodeService codes;
    private final UUID communityId;
    private final TextField label = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final DatePicker expiresOn = new DatePicker();
    private final Span imageName = new Span();
    private final Grid<GroupCodeDetails> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private byte @Nullable [] image;
    private LocalDate today = LocalDate.now();

    GroupCodesPanel(GroupCodeService codes, UUID communityId) {
        this.codes = codes;
        this.communityId = communityId;
        setId("join-codes");
        setPadding(false);
        label.setId("join-code-label");
        label.setLabel(getTranslation("join.code.label"));
        label.setMaxLength(120);
        capacity.setId("join-code-capacity");
        capacity.setLabel(getTranslation("join.code.capacity"));
        capacity.setMin(1);
        capacity.setMax(GroupCodeService.MAX_CAPACITY);
        capacity.setValue(GroupCodeService.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        expiresOn.setId("join-code-expires");
        expiresOn.setLabel(getTranslation("join.code.expiresOn"));
        expiresOn.setHelperText(getTranslation("join.code.expiresHelp"));
        Button add = new Button(getTranslation("join.code.add"), VaadinIcon.PLUS.create(), click -> add());
        add.setId("join-code-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        imageName.setId("join-code-image-name");
        HorizontalLayout form = new HorizontalLayout(label, capacity, expiresOn);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph about = new Paragraph(getTranslation("join.code.about"));
        about.getStyle().set("color", "var(--lumo-secondary-text-color)");
        empty.setId("join-codes-empty");
        empty.setText(getTranslation("join.code.empty"));
        configureGrid();
        add(about, form, new HorizontalLayout(upload(), imageName), add, empty, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("join-codes-grid");
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addComponentColumn(this::thumbnail).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GroupCodeDetails::label).setHeader(getTranslation("join.code.label")).setAutoWidth(true);
        grid.addColumn(code -> code.handedOut() + " / " + code.capacity())
                .setHeader(getTranslation("join.code.seats")).setAutoWidth(true);
        grid.addColumn(code -> code.expiresOn().toString()).setHeader(getTranslation("join.code.expiresOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("join.code.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
    }

    private Component thumbnail(GroupCodeDetails code) {
        GroupCodeService service = codes;
        UUID id = code.id();
        Image image = new Image(DownloadHandler.fromInputStream(event -> JoinView.response(service.image(id))),
                code.label());
        image.setWidth("48px");
        image.setHeight("48px");
        return image;
    }

    private Component state(GroupCodeDetails code) {
        String key = code.retired() ? "retired" : code.expired(today) ? "expired" : code.full() ? "full"
                : code.expiresOn().equals(today.plusDays(1)) || code.expiresOn().equals(today) ? "expiring" : "live";
        Span state = new Span(getTranslation("join.code.state." + key));
        state.setId("join-code-state-" + code.id());
        state.getElement().getThemeList().add("badge" + ("live".equals(key) ? " success"
                : "expiring".equals(key) ? "" : " contrast"));
        return state;
    }

    private Component actions(GroupCodeDetails code) {
        if (code.retired()) {
            return new Div();
        }
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> move(code, true));
        up.setAriaLabel(getTranslation("join.code.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> move(code, false));
        down.setAriaLabel(getTranslation("join.code.down"));
        Button retire = new Button(getTranslation("join.code.retire"), click -> Confirm.danger(
                getTranslation("join.code.retireTitle", code.label()), getTranslation("join.code.retireText"),
                getTranslation("join.code.retire"), () -> retire(code)));
        retire.setId("join-code-retire-" + code.id());
        for (Button button : new Button[] {up, down, retire}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, retire);
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("join-code-upload");
        upload.setUploadHandler(new PageEditor.LimitedUpload((metadata, bytes) -> ui.access(() -> {
            image = bytes;
            imageName.setText(metadata.fileName());
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageSniffer.MAX_LOGO_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("join.code.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("join.page.qrDrop"))));
        String rejected = getTranslation("join.error.imageTooLarge");
        upload.addFileRejectedListener(event -> Notifications.error(rejected));
        upload.addFailedListener(event -> Notifications.error(rejected));
        return upload;
    }

    private void add() {
        label.setInvalid(false);
        capacity.setInvalid(false);
        expiresOn.setInvalid(false);
        try {
            codes.add(communityId, label.getValue(), capacity.getValue(), expiresOn.getValue(), image);
            label.clear();
            expiresOn.clear();
            image = null;
            imageName.setText("");
            Notifications.success(getTranslation("join.code.added"));
            refresh();
        } catch (UserFacingException refused) {
            FormErrors.show(refused, Map.of("label", label, "capacity", capacity, "expiresOn", expiresOn));
        }
    }

    private void retire(GroupCodeDetails code) {
        try {
            codes.retire(code.id(), code.version());
            refresh();
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::refresh);
        }
    }

    private void move(GroupCodeDetails code, boolean up) {
        codes.move(code.id(), up);
        refresh();
    }

    private void refresh() {
        today = codes.today();
        List<GroupCodeDetails> shown = codes.codes(communityId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        if (!shown.isEmpty() && shown.stream().noneMatch(code -> code.handedOutOn(today))) {
            Notifications.error(getTranslation("join.code.noneValid"));
        }
    }
}
