package app.communityops.content.ui;

import app.communityops.content.LogoImage;
import app.communityops.content.RulebookItemDetails;
import app.communityops.content.RulebookService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Notifications;
import app.communityops.shared.ui.StaleEdit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The community's logo: shown through a download handler that asks the rulebook service on every request (so the
 * image is served only to users who may read the community), and replaced by uploading a PNG, JPEG or WebP.
 */
class LogoPanel extends Div {

    private final RulebookService rulebook;
    private final UUID communityId;
    private final Runnable refresh;

    LogoPanel(RulebookService rulebook, UUID communityId, @Nullable RulebookItemDetails logo, boolean editable,
              Runnable refresh) {
        this.rulebook = rulebook;
        this.communityId = communityId;
        this.refresh = refresh;
        setId("rulebook-logo");
        addClassName("rulebook-part");
        add(new H4(getTranslation("rulebook.kind.LOGO")));
        if (logo == null) {
            Span none = new Span(getTranslation("rulebook.logo.none"));
            none.setId("rulebook-logo-none");
            add(none);
        } else {
            Image image = new Image(logoHandler(), getTranslation("rulebook.logo.alt"));
            image.setId("rulebook-logo-image");
            image.addClassName("rulebook-logo");
            Span meta = new Span(logo.text());
            meta.setId("rulebook-logo-meta");
            meta.addClassName("rulebook-meta");
            add(new Div(image), meta);
        }
        if (editable) {
            add(upload(logo == null ? null : logo.version()));
        }
    }

    private DownloadHandler logoHandler() {
        UUID community = communityId;
        RulebookService service = rulebook;
        return DownloadHandler.fromInputStream(event -> {
            Optional<LogoImage> image;
            try {
                image = service.logo(community);
            } catch (NotFoundException | AccessDeniedException refused) {
                // Not the reader's to see (any more): the same answer as no logo. A database fault is not this.
                return DownloadResponse.error(404);
            }
            return image.map(found -> new DownloadResponse(new ByteArrayInputStream(found.bytes()), "logo",
                    found.contentType(), found.bytes().length)).orElseGet(() -> DownloadResponse.error(404));
        });
    }

    private Upload upload(@Nullable Long expectedVersion) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("rulebook-logo-upload");
        upload.setUploadHandler(new LimitedUpload((metadata, bytes) -> ui.access(
                () -> save(upload, expectedVersion, metadata.fileName(), bytes))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RulebookService.MAX_LOGO_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("rulebook.logo.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("rulebook.logo.drop"))));
        String rejected = getTranslation("rulebook.error.logoTooLarge");
        upload.addFileRejectedListener(event -> Notifications.error(rejected));
        upload.addFailedListener(event -> Notifications.error(rejected));
        return upload;
    }

    void save(Upload upload, @Nullable Long expectedVersion, String fileName, byte[] bytes) {
        upload.clearFileList();
        try {
            rulebook.uploadLogo(communityId, expectedVersion, fileName, bytes);
            Notifications.success(getTranslation("rulebook.logo.saved"));
            refresh.run();
        } catch (ConcurrentEditException stale) {
            StaleEdit.offerReload(refresh);
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    /** Refuses on the server what the browser should not have sent: the upload's own limit is only a hint. */
    private static final class LimitedUpload extends InMemoryUploadHandler {

        LimitedUpload(com.vaadin.flow.server.streams.InMemoryUploadCallback callback) {
            super(callback);
        }

        @Override
        public long getFileSizeMax() {
            return RulebookService.MAX_LOGO_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return RulebookService.MAX_LOGO_BYTES + 64 * 1024L;
        }
    }
}
