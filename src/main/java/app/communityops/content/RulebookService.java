package app.communityops.content;

import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSubject;
import app.communityops.approval.ApprovalSummary;
import app.communityops.approval.ChangePreview;
import app.communityops.approval.SubjectType;
import app.communityops.shared.Access;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.ImageSniffer;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
    private final RulebookProposalRepository proposals;
    private final ApprovalService approvals;
    private final Clock clock;

    RulebookService(RulebookItemRepository items, RulebookRevisionRepository revisions, ContentAccess access,
                    RulebookProposalRepository proposals, ApprovalService approvals, Clock clock) {
        this.proposals = proposals;
        this.approvals = approvals;
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
        directChangeAllowed(communityId);
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
        directChangeAllowed(item.getCommunityId());
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
        if (item.getKind() != RulebookKind.LOGO) {
            directChangeAllowed(item.getCommunityId());
        }
        return save(item, item.getText(), false);
    }

    /** Whether the community's rulebook changes go through approval (the screen then proposes them). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public boolean approvalRequired(UUID communityId) {
        access.readable(communityId);
        return approvals.required(SubjectType.RULEBOOK, communityId);
    }

    /** Proposes a new item; it joins the rulebook when the last step approves it. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookProposalDetails proposeAdd(UUID communityId, RulebookKind kind, String text) {
        access.writable(communityId);
        if (kind == RulebookKind.LOGO) {
            throw new IllegalArgumentException("A logo is uploaded, not typed");
        }
        if (kind.single() && !items.findByCommunityIdAndKindAndActiveTrue(communityId, kind).isEmpty()) {
            throw new UserFacingException("rulebook.error.single", "text");
        }
        return propose(communityId, null, kind, RulebookProposal.Action.ADD, text(text));
    }

    /** Proposes a new wording of an item; the rulebook keeps the current one until it is approved. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookProposalDetails proposeUpdate(UUID itemId, long expectedVersion, String text) {
        RulebookItem item = load(itemId, expectedVersion);
        if (item.getKind() == RulebookKind.LOGO) {
            throw new IllegalArgumentException("A logo is replaced by uploading another");
        }
        return propose(item.getCommunityId(), item, item.getKind(), RulebookProposal.Action.UPDATE, text(text));
    }

    /** Proposes to retire an item; it stays in the rulebook until that is approved. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RulebookProposalDetails proposeRemove(UUID itemId, long expectedVersion) {
        RulebookItem item = load(itemId, expectedVersion);
        return propose(item.getCommunityId(), item, item.getKind(), RulebookProposal.Action.REMOVE, item.getText());
    }

    /** The changes waiting for approval, and those sent back with a comment, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RulebookProposalDetails> proposals(UUID communityId) {
        access.readable(communityId);
        List<RulebookProposal> open = proposals.findByCommunityIdAndStatusInOrderByCreatedAtAscIdAsc(communityId,
                EnumSet.of(RulebookProposal.Status.PENDING, RulebookProposal.Status.CHANGES_REQUESTED));
        Map<UUID, ApprovalSummary> requests = approvals.latest(SubjectType.RULEBOOK,
                open.stream().map(RulebookProposal::getId).toList());
        return open.stream().map(proposal -> proposal.toDetails(
                requests.containsKey(proposal.getId()) ? requests.get(proposal.getId()).id() : null)).toList();
    }

    /** Takes a proposal back (waiting, or sent back for changes); its approval request is withdrawn. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void withdrawProposal(UUID proposalId, long expectedVersion) {
        RulebookProposal proposal = proposals.findById(proposalId).orElseThrow(NotFoundException::new);
        access.writable(proposal.getCommunityId());
        if (Objects.requireNonNullElse(proposal.getVersion(), -1L) != expectedVersion
                || proposal.getStatus() == RulebookProposal.Status.APPLIED
                || proposal.getStatus() == RulebookProposal.Status.WITHDRAWN) {
            throw new ConcurrentEditException();
        }
        approvals.withdraw(SubjectType.RULEBOOK, proposal.getId());
        proposal.decide(RulebookProposal.Status.WITHDRAWN, null);
        proposals.saveAndFlush(proposal);
    }

    /** Applies an approved proposal as its author's change (called on the final approval). */
    void apply(RulebookProposal proposal) {
        RulebookItem item = switch (proposal.getAction()) {
            case ADD -> {
                if (proposal.getKind().single() && !items.findByCommunityIdAndKindAndActiveTrue(
                        proposal.getCommunityId(), proposal.getKind()).isEmpty()) {
                    throw new UserFacingException("rulebook.error.proposalStale", null);
                }
                yield new RulebookItem(proposal.getCommunityId(), proposal.getKind());
            }
            case UPDATE, REMOVE -> items.findById(Objects.requireNonNull(proposal.getItemId()))
                    .filter(RulebookItem::isActive)
                    .orElseThrow(() -> new UserFacingException("rulebook.error.proposalStale", null));
        };
        item.change(proposal.getText(), proposal.getAction() != RulebookProposal.Action.REMOVE, clock.instant(),
                proposal.getProposedBy(), proposal.getProposedByName());
        RulebookItem saved = items.saveAndFlush(item);
        revisions.save(new RulebookRevision(saved));
        proposal.decide(RulebookProposal.Status.APPLIED, null);
        proposals.saveAndFlush(proposal);
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

    private void directChangeAllowed(UUID communityId) {
        if (approvals.required(SubjectType.RULEBOOK, communityId)) {
            throw new UserFacingException("rulebook.error.approvalRequired", null);
        }
    }

    private RulebookProposalDetails propose(UUID communityId, @org.jspecify.annotations.Nullable RulebookItem item,
                                            RulebookKind kind, RulebookProposal.Action action, String text) {
        if (!approvals.required(SubjectType.RULEBOOK, communityId)) {
            throw new UserFacingException("approval.error.notRequired", null);
        }
        if (item != null && proposals.existsByItemIdAndStatus(item.getId(), RulebookProposal.Status.PENDING)) {
            throw new UserFacingException("rulebook.error.proposalPending", "text");
        }
        AppPrincipal user = CurrentUser.require();
        RulebookProposal proposal = proposals.saveAndFlush(
                new RulebookProposal(communityId, item, kind, action, text, user.userId(), user.displayName()));
        long version = Objects.requireNonNullElse(proposal.getVersion(), 0L);
        ApprovalSummary request = approvals.submit(new ApprovalSubject(SubjectType.RULEBOOK, proposal.getId(), version,
                communityId, title(text), preview(proposal)));
        return proposal.toDetails(request.id());
    }

    private static String title(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }

    /** Before and after, marked up as deleted and inserted text, readable in any language. */
    static String preview(RulebookProposal proposal) {
        return ChangePreview.html("rulebook-change", proposal.getBeforeText(),
                proposal.getAction() == RulebookProposal.Action.REMOVE ? null : proposal.getText());
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
