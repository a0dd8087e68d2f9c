package app.communityops.shared.csv.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The temporary file an upload left for an import screen. It is deleted when another file replaces it, when the
 * import succeeded, or when the screen goes away; in that last case only once the import still reading it is over.
 */
public final class UploadedFile {

    private @Nullable Path path;

    public @Nullable Path path() {
        return path;
    }

    public boolean present() {
        return path != null;
    }

    /** Takes {@code next} in place of the file held until now, which is deleted. */
    public void replace(Path next) {
        discard();
        path = next;
    }

    public void discard() {
        Path old = path;
        path = null;
        delete(old);
    }

    /** Forgets the file now and deletes it once {@code work} is over, never under the feet of an import. */
    public void releaseAfter(CompletableFuture<?> work) {
        Path left = path;
        path = null;
        work.whenComplete((result, failure) -> delete(left));
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
