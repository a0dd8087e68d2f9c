package app.communityops.shared.csv.ui;

import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * Stores an upload in a temporary file and refuses, on the server, anything larger than the limit: the upload
 * component's own size limit is only checked in the browser.
 */
public class LimitedTempFileUpload extends TemporaryFileUploadHandler {

    private final long maxBytes;

    /** {@code received} gets the file's name as uploaded and where it is stored. */
    public LimitedTempFileUpload(long maxBytes, BiConsumer<String, Path> received) {
        super((metadata, file) -> received.accept(metadata.fileName(), file.toPath()));
        this.maxBytes = maxBytes;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }
}
