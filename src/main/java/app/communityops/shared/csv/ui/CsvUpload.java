package app.communityops.shared.csv.ui;

import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/** Sets up an upload for one CSV file of at most a given size, checked in the browser and on the server. */
public final class CsvUpload {

    private CsvUpload() {
    }

    /** {@code received} gets the file's name and its temporary copy, on the request's thread. */
    public static Upload configure(Upload upload, int maxMegabytes, BiConsumer<String, Path> received) {
        upload.setId("import-upload");
        upload.setUploadHandler(new LimitedTempFileUpload(maxMegabytes * 1024L * 1024L, received));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxMegabytes * 1024 * 1024);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain", "text/tab-separated-values");
        upload.setDropAllowed(true);
        String rejected = upload.getTranslation("shared.csv.upload.rejected", maxMegabytes);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("shared.csv.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("shared.csv.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                        .setTooManyFiles(rejected)));
        upload.addFileRejectedListener(event -> Notifications.error(rejected));
        upload.addFailedListener(event -> Notifications.error(rejected));
        return upload;
    }
}
