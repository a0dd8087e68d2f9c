package app.communityops.join.ui;

import app.communityops.join.JoinPageDetails;
import app.communityops.join.JoinPageForm;
import app.communityops.join.JoinPageService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The join page's texts in both languages, whether it is open, and the payment QR image. The editor keeps the
 * version it was loaded at; a save after someone else's is refused with the offer to reload.
 */
class PageEditor extends VerticalLayout {

    private final JoinPageService pages;
    private final UUID communityId;
    private final Checkbox open = new Checkbox();
    private final TextArea valueZh = area("valueZh", 2000);
    private final TextArea valueEn = area("valueEn", 2000);
    private final TextArea rulesZh = area("rulesZh", 2000);
    private final TextArea rulesEn = area("rulesEn", 2000);
    private final TextArea privacyZh = area("privacyZh", 6000);
    private final TextArea privacyEn = area("privacyEn", 6000);
    private final TextField privacyVersion = new TextField();
    private final TextArea paymentZh = area("paymentZh", 2000);
    private final TextArea paymentEn = area("paymentEn", 2000);
    private final Div qrHolder = new Div();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private long version = -1;

    PageEditor(JoinPageService pages, UUID communityId) {
        this.pages = pages;
        this.communityId = communityId;
        setId("join-page-editor");
        setPadding(false);
        open.setId("join-page-open");
        open.setLabel(getTranslation("join.page.open"));
        privacyVersion.setId("join-page-privacyVersion");
        privacyVersion.setMaxLength(40);
        label(valueZh, "join.page.value", "zh");
        label(valueEn, "join.page.value", "en");
        label(rulesZh, "join.page.rules", "zh");
        label(rulesEn, "join.page.rules", "en");
        label(privacyZh, "join.page.privacy", "zh");
        label(privacyEn, "join.page.privacy", "en");
        label(paymentZh, "join.page.payment", "zh");
        label(paymentEn, "join.page.payment", "en");
        privacyVersion.setLabel(getTranslation("join.page.privacyVersion"));
        privacyVersion.setHelperText(getTranslation("join.page.privacyVersionHelp"));
        for (TextArea area : new TextArea[] {valueZh, valueEn, rulesZh, rulesEn, privacyZh, privacyEn, paymentZh,
                paymentEn}) {
            fields.put(area.getId().orElseThrow().substring("join-page-".length()), area);
        }
        fields.put("privacyVersion", privacyVersion);
        FormLayout form = new FormLayout(valueZh, valueEn, rulesZh, rulesEn, privacyZh, privacyEn, privacyVersion,
                new Div(), paymentZh, paymentEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("720px", 2));
        form.setWidthFull();
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("join-page-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph about = new Paragraph(getTranslation("join.page.about"));
        about.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(about, open, form, save, new H3(getTranslation("join.page.qr")), qrHolder);
        load();
    }

    private void load() {
        JoinPageDetails page = pages.page(communityId);
        version = page.version();
        open.setValue(!page.paused());
        valueZh.setValue(text(page.value().zh()));
        valueEn.setValue(text(page.value().en()));
        rulesZh.setValue(text(page.rules().zh()));
        rulesEn.setValue(text(page.rules().en()));
        privacyZh.setValue(text(page.privacy().zh()));
        privacyEn.setValue(text(page.privacy().en()));
        privacyVersion.setValue(page.privacyVersion());
        paymentZh.setValue(text(page.payment().zh()));
        paymentEn.setValue(text(page.payment().en()));
        fields.values().forEach(field -> field.setInvalid(false));
        showQr(page);
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        JoinPageForm form = new JoinPageForm();
        form.setPaused(!open.getValue());
        form.setValueZh(valueZh.getValue());
        form.setValueEn(valueEn.getValue());
        form.setRulesZh(rulesZh.getValue());
        form.setRulesEn(rulesEn.getValue());
        form.setPrivacyZh(privacyZh.getValue());
        form.setPrivacyEn(privacyEn.getValue());
        form.setPrivacyVersion(privacyVersion.getValue());
        form.setPaymentZh(paymentZh.getValue());
        form.setPaymentEn(paymentEn.getValue());
        try {
            JoinPageDetails saved = pages.save(communityId, version, form);
            version = saved.version();
            showQr(saved);
            Notifications.success(getTranslation("join.page.saved"));
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::load);
        } catch (UserFacingException refused) {
            FormErrors.show(refused, fields);
        }
    }

    private void showQr(JoinPageDetails page) {
        qrHolder.removeAll();
        if (!page.saved()) {
            qrHolder.add(new Paragraph(getTranslation("join.page.qrSaveFirst")));
            return;
        }
        if (page.hasPaymentQr()) {
            JoinPageService service = pages;
            UUID community = communityId;
            Image image = new Image(DownloadHandler.fromInputStream(event -> service.paymentQr(community)
                    .map(JoinView::response).orElseGet(() -> DownloadResponse.error(404))),
                    getTranslation("join.public.paymentQrAlt"));
            image.setId("join-page-qr-image");
            image.getStyle().set("max-width", "160px").set("display", "block");
            Button remove = new Button(getTranslation("join.page.qrRemove"), click -> saveQr(null));
            remove.setId("join-page-qr-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            qrHolder.add(image, remove);
        } else {
            Paragraph none = new Paragraph(getTranslation("join.page.qrNone"));
            none.setId("join-page-qr-none");
            qrHolder.add(none);
        }
        qrHolder.add(upload());
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("join-page-qr-upload");
        upload.setUploadHandler(new LimitedUpload((metadata, bytes) -> ui.access(() -> saveQr(bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageSniffer.MAX_LOGO_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("join.page.qrUpload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("join.page.qrDrop"))));
        String rejected = getTranslation("join.error.imageTooLarge");
        upload.addFileRejectedListener(event -> Notifications.error(rejected));
        upload.addFailedListener(event -> Notifications.error(rejected));
        return upload;
    }

    private void saveQr(byte @org.jspecify.annotations.Nullable [] bytes) {
        try {
            JoinPageDetails saved = pages.savePaymentQr(communityId, version, bytes);
            version = saved.version();
            showQr(saved);
            Notifications.success(getTranslation(bytes == null ? "join.page.qrRemoved" : "join.page.qrSaved"));
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(this::load);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void label(TextArea area, String key, String language) {
        area.setLabel(getTranslation(key) + " · " + getTranslation("join.language." + language));
    }

    private static TextArea area(String field, int max) {
        TextArea area = new TextArea();
        area.setId("join-page-" + field);
        area.setMaxLength(max);
        area.setWidthFull();
        area.setMinRows(2);
        area.setMaxRows(8);
        return area;
    }

    private static String text(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }

    /** Refuses on the server what the browser should not have sent: the upload's own limit is only a hint. */
    static final class LimitedUpload extends InMemoryUploadHandler {

        LimitedUpload(InMemoryUploadCallback callback) {
            super(callback);
        }

        @Override
        public long getFileSizeMax() {
            return ImageSniffer.MAX_LOGO_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return ImageSniffer.MAX_LOGO_BYTES + 64 * 1024L;
        }
    }
}
