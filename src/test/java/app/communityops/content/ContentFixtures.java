package app.communityops.content;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Forms and images the content tests share. */
public final class ContentFixtures {

    public static final byte[] PNG = image(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 64);
    public static final byte[] JPEG = image(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
    public static final byte[] WEBP = image(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'}, 64);

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
