package app.communityops.content;

import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's rulebook: values (logo, slogan, song and meme notes), rules (encouraged and forbidden), rewards
 * (material and honorary). Every save keeps a revision, so earlier wordings stay readable; removing an item
 * retires it. Staff change it; client users read it.
 */
@Service
public class RulebookService {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_LOGO_BYTES = ImageSniffer.MAX_LOGO_BYTES;

    private final RulebookItemRepository items;
    private final RulebookRevisionRepository revisions;
    private final ContentAccess access;
    private final Clock clock;

    RulebookService(RulebookItemRepository items, RulebookRevisionRepository revisions, ContentAccess access,
                    Clock clock) {
        this.items = items;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    /** The current items, oldest first within the rulebook. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RulebookItemDetails> items(UUID communityId) {
        access.readable(communityId);
        return items.findByCommunityIdAndActiveTrueOrderByCreatedAtAscIdAsc(communityId).stream()
                .map(RulebookItem::toDetails).toList();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookItemDetails add(UUID communityId, RulebookKind kind, String text) {
        access.writable(communityId);
        if (kind == RulebookKind.LOGO) {
            throw new IllegalArgumentException("A logo is uploaded, not typed");
        }
        if (kind.single() && !items.findByCommunityIdAndKindAndActiveTrue(communityId, kind).isEmpty()) {
            throw new UserFacingException("rulebook.error.single", "text");
        }
        return save(new RulebookItem(communityId, kind), text(text), true);
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookItemDetails update(UUID itemId, long expectedVersion, String text) {
        RulebookItem item = load(itemId, expectedVersion);
        if (item.getKind() == RulebookKind.LOGO) {
            throw new IllegalArgumentException("A logo is replaced by uploading another");
        }
        return save(item, text(text), true);
    }

    /** Retires the item: it leaves the rulebook, its history stays. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookItemDetails remove(UUID itemId, long expectedVersion) {
        RulebookItem item = load(itemId, expectedVersion);
        return save(item, item.getText(), false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RulebookChange> history(UUID itemId) {
        RulebookItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        access.readable(item.getCommunityId());
        return revisions.findByItemIdOrderByChangedAtAscIdAsc(itemId).stream().map(RulebookRevision::toChange)
                .toList();
    }

    /**
     * Replaces the community's logo. Only PNG, JPEG and WebP up to 1 MB and 4096 × 4096 pixels, recognised
     * and measured from the bytes' headers (browsers decode it);
     * {@code expectedVersion} is the current logo's version, or null when the user saw none.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookItemDetails uploadLogo(UUID communityId, @org.jspecify.annotations.Nullable Long expectedVersion,
                                          String fileName, byte[] bytes) {
        access.writable(communityId);
        switch (ImageSniffer.check(bytes)) {
            case TOO_MANY_BYTES -> throw new UserFacingException("rulebook.error.logoTooLarge", "logo");
            case NOT_AN_IMAGE -> throw new UserFacingException("rulebook.error.logoType", "logo");
            case NO_SIZE -> throw new UserFacingException("rulebook.error.logoUnreadable", "logo");
            case TOO_MANY_PIXELS -> {
                ImageSniffer.Size size = ImageSniffer.size(bytes).orElseThrow();
                throw new UserFacingException("rulebook.error.logoPixels", "logo",
                        String.valueOf(size.width()), String.valueOf(size.height()));
            }
            case ACCEPTABLE -> {
            }
        }
        String type = ImageSniffer.type(bytes).orElseThrow();
        Optional<RulebookItem> current = items.findByCommunityIdAndKindAndActiveTrue(communityId, RulebookKind.LOGO)
                .stream().findFirst();
        long currentVersion = current.map(item -> Objects.requireNonNullElse(item.getVersion(), -1L)).orElse(-1L);
        if (currentVersion != Objects.requireNonNullElse(expectedVersion, -1L)) {
            throw new ConcurrentEditException();
        }
        RulebookItem logo = current.orElseGet(() -> new RulebookItem(communityId, RulebookKind.LOGO));
        logo.setImage(bytes, type);
        String name = fileName.isBlank() ? type : fileName.strip();
        String description = (name.length() > 200 ? name.substring(0, 200) : name) + " · " + type + " · "
                + Math.max(1, bytes.length / 1024) + " KB";
        return save(logo, description, true);
    }

    /** The community's current logo, if it has one; served to anyone who may read the community. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public Optional<LogoImage> logo(UUID communityId) {
        access.readable(communityId);
        return items.findByCommunityIdAndKindAndActiveTrue(communityId, RulebookKind.LOGO).stream().findFirst()
                .map(RulebookItem::logo);
    }

    private RulebookItem load(UUID itemId, long expectedVersion) {
        RulebookItem item = items.findById(itemId).orElseThrow(NotFoundException::new);
        access.writable(item.getCommunityId());
        if (!item.isActive()) {
            throw new NotFoundException();
        }
        if (Objects.requireNonNullElse(item.getVersion(), -1L) != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return item;
    }

    private RulebookItemDetails save(RulebookItem item, String text, boolean active) {
        AppPrincipal user = CurrentUser.require();
        item.change(text, active, clock.instant(), user.userId(), user.displayName());
        RulebookItem saved = items.saveAndFlush(item);
        revisions.save(new RulebookRevision(saved));
        return saved.toDetails();
    }

    private static String text(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new UserFacingException("rulebook.error.textRequired", "text");
        }
        if (stripped.length() > MAX_TEXT) {
            throw new UserFacingException("rulebook.error.textLength", "text", MAX_TEXT);
        }
        return stripped;
    }
}
