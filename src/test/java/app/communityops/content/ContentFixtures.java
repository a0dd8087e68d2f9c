package app.communityops.content;

import app.communityops.testing.ImageBombs;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Forms and images the content tests share. */
public final class ContentFixtures {

    // Real images: uploads read the pixel size from the header.
    public static final byte[] PNG = ImageBombs.png(8, 8);
    public static final byte[] JPEG = ImageBombs.jpeg(8, 8);
    public static final byte[] WEBP = ImageBombs.webp();

    private ContentFixtures() {
    }

    public static ContentForm form(UUID community, String title, @Nullable LocalDateTime publishAt) {
        ContentForm form = new ContentForm();
        form.setCommunityIds(new LinkedHashSet<>(List.of(community)));
        form.setCategory(ContentCategory.DEEP_DIVE);
        form.setTitle(title);
        form.setBody("Body of " + title);
        form.setPublishAt(publishAt);
        return form;
    }

    public static byte[] image(byte[] magic, int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        return bytes;
    }
}
