package app.communityops.report.ui;

import app.communityops.report.BrandingDetails;
import app.communityops.report.BrandingForm;
import app.communityops.report.ReportBrandingService;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportLogo;
import app.communityops.report.ReportNavigation;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The tenant's report branding: the name and logo at the head of every report it sends its clients, and the
 * language of the monthly reports. The logo is served to this screen through the service on every request.
 */
@Route(ReportNavigation.BRANDING_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "report.branding.menu", order = 70, icon = "PICTURE")
@NavGroup(NavArea.ADMINISTRATION)
class BrandingView extends VerticalLayout implements HasDynamicTitle {

    private final ReportBrandingService branding;
    private final TextField displayName = new TextField();
    private final Select<String> monthlyLanguage = new Select<>();
    private final BeanValidationBinder<BrandingForm> binder = new BeanValidationBinder<>(BrandingForm.class);
    private final Div logoBox = new Div();
    private BrandingDetails shown = new BrandingDetails(null, null, BrandingDetails.DEFAULT_LANGUAGE, -1);

    BrandingView(ReportBrandingService branding, ReportDeliveryService deliveries) {
        this.branding = branding;
        setId("branding-view");
        setMaxWidth("48rem");
        displayName.setId("branding-name");
        displayName.setLabel(getTranslation("report.branding.name"));
        displayName.setHelperText(getTranslation("report.branding.nameHelp"));
        displayName.setMaxLength(ReportBrandingService.MAX_NAME);
        displayName.setWidthFull();
        monthlyLanguage.setId("branding-language");
        monthlyLanguage.setLabel(getTranslation("report.branding.language"));
        monthlyLanguage.setHelperText(getTranslation("report.branding.languageHelp"));
        monthlyLanguage.setItems(BrandingDetails.LANGUAGES);
        monthlyLanguage.setItemLabelGenerator(tag -> getTranslation("report.branding.language." + tag));
        monthlyLanguage.setWidth("20rem");
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(displayName).withNullRepresentation("").bind("displayName");
        binder.forField(monthlyLanguage).bind("monthlyLanguage");
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.setId("branding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logoBox.setId("branding-logo");
        logoBox.addClassName("branding-logo-box");
        add(new Paragraph(getTranslation("report.branding.intro")), new H3(getTranslation("report.branding.nameTitle")),
                displayName, monthlyLanguage, save, new H3(getTranslation("report.branding.logoTitle")),
                new Paragraph(getTranslation("report.branding.logoHelp")), logoBox, new DeliverySettingsPanel(deliveries));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.branding.title");
    }

    private void refresh() {
        shown = branding.branding();
        binder.readBean(BrandingForm.of(shown));
        logoBox.removeAll();
        if (shown.hasLogo()) {
            Image image = new Image(logoHandler(), getTranslation("report.branding.logoAlt"));
            image.setId("branding-logo-image");
            image.addClassName("branding-logo");
            Button remove = new Button(getTranslation("report.branding.removeLogo"), VaadinIcon.TRASH.create(),
                    event -> Confirm.danger(getTranslation("report.branding.removeLogo"),
                            getTranslation("report.branding.removeConfirm"), getTranslation("report.branding.removeLogo"),
                            this::removeLogo));
            remove.setId("branding-remove-logo");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            logoBox.add(new Div(image), remove);
        } else {
            Span none = new Span(getTranslation("report.branding.noLogo"));
            none.setId("branding-no-logo");
            logoBox.add(none);
        }
        logoBox.add(upload());
    }

    void save() {
        BrandingForm form = new BrandingForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            branding.save(shown.version(), form);
            Notifications.success(getTranslation("report.branding.saved"));
            refresh();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refused) {
            FormErrors.show(refused, Map.of("displayName", displayName, "monthlyLanguage", monthlyLanguage));
        }
    }

    void uploaded(byte[] bytes) {
        try {
            branding.uploadLogo(shown.version(), bytes);
            Notifications.success(getTranslation("report.branding.logoSaved"));
            refresh();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        } catch (UserFacingException refused) {
            Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void removeLogo() {
        try {
            branding.removeLogo(shown.version());
            refresh();
        } catch (ConcurrentEditException | OptimisticLockingFailureException stale) {
            StaleEdit.offerReload(this::refresh);
        }
    }

    private DownloadHandler logoHandler() {
        ReportBrandingService service = branding;
        return DownloadHandler.fromInputStream(event -> {
            Optional<ReportLogo> logo;
            try {
                logo = service.logo();
            } catch (NotFoundException | AccessDeniedException refused) {
                // Not the reader's to see (any more): the same answer as no logo. A database fault is not this.
                return DownloadResponse.error(404);
            }
            return logo.map(found -> new DownloadResponse(new ByteArrayInputStream(found.bytes()), "logo",
                    found.contentType(), found.bytes().length)).orElseGet(() -> DownloadResponse.error(404));
        });
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("branding-logo-upload");
        upload.setUploadHandler(new LimitedUpload((metadata, bytes) -> ui.access(() -> {
            upload.clearFileList();
            uploaded(bytes);
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageSniffer.MAX_LOGO_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("report.branding.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("report.branding.drop"))));
        String rejected = getTranslation("report.branding.error.logoTooLarge");
        upload.addFileRejectedListener(event -> Notifications.error(rejected));
        upload.addFailedListener(event -> Notifications.error(rejected));
        return upload;
    }

    /** Refuses on the server what the browser should not have sent: the upload's own limit is only a hint. */
    private static final class LimitedUpload extends InMemoryUploadHandler {

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
