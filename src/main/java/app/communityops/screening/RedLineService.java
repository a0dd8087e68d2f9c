package app.communityops.screening;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's red lines, cited when a member is warned or eliminated. */
@Service
public class RedLineService {

    private final RedLineRepository redLines;
    private final CommunityService access;
    private final RedLineRevisionRepository revisions;
    private final Clock clock;

    RedLineService(RedLineRepository redLines, CommunityService access, RedLineRevisionRepository revisions,
                   Clock clock) {
        this.redLines = redLines;
        this.access = access;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** Active and inactive, oldest first: the rules as they grew. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RedLineDetails> list(UUID communityId) {
        access.readable(communityId);
        return redLines.findByCommunityIdOrderByCreatedAtAscIdAsc(communityId).stream().map(RedLine::toDetails)
                .toList();
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineDetails add(UUID communityId, RedLineForm form) {
        access.writable(communityId);
        return revised(new RedLine(communityId, text(form)));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineDetails update(UUID redLineId, long expectedVersion, RedLineForm form) {
        RedLine redLine = load(redLineId, expectedVersion);
        redLine.setText(text(form));
        return revised(redLine);
    }

    /** Deactivating keeps the line for the warnings that cited it, but it can no longer be cited. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public RedLineDetails setActive(UUID redLineId, long expectedVersion, boolean active) {
        RedLine redLine = load(redLineId, expectedVersion);
        redLine.setActive(active);
        return revised(redLine);
    }

    /** How the line read over time, oldest first; a line older than its history starts from its current state. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS)
    public List<RedLineChange> history(UUID redLineId) {
        RedLine redLine = redLines.findById(redLineId).orElseThrow(NotFoundException::new);
        access.readable(redLine.getCommunityId());
        List<RedLineChange> changes = revisions.findByRedLineIdOrderByChangedAtAscIdAsc(redLineId).stream()
                .map(RedLineRevision::toChange).toList();
        return changes.isEmpty()
                ? List.of(new RedLineChange(redLine.getText(), redLine.isActive(), redLine.getCreatedAt(), null, null))
                : changes;
    }

    private RedLineDetails revised(RedLine redLine) {
        RedLine saved = redLines.saveAndFlush(redLine);
        AppPrincipal user = CurrentUser.require();
        revisions.save(new RedLineRevision(saved, clock.instant(), user.userId(), user.displayName()));
        return saved.toDetails();
    }

    private RedLine load(UUID redLineId, long expectedVersion) {
        RedLine redLine = redLines.findById(redLineId).orElseThrow(NotFoundException::new);
        access.writable(redLine.getCommunityId());
        if (Objects.requireNonNullElse(redLine.getVersion(), -1L) != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return redLine;
    }

    private static String text(RedLineForm form) {
        String text = Tags.text(form.getText());
        if (text == null) {
            throw new UserFacingException("screening.validation.redLineRequired", "text");
        }
        if (text.length() > 300) {
            throw new UserFacingException("screening.validation.redLineLength", "text");
        }
        return text;
    }
}
