package app.communityops.screening;

import app.communityops.community.CommunityService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
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

    RedLineService(RedLineRepository redLines, CommunityService access) {
        this.redLines = redLines;
        this.access = access;
    }

    /** Active and inactive, oldest first: the rules as they grew. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "', '" + Roles.CLIENT + "')")
    public List<RedLineDetails> list(UUID communityId) {
        access.readable(communityId);
        return redLines.findByCommunityIdOrderByCreatedAtAscIdAsc(communityId).stream().map(RedLine::toDetails)
                .toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public RedLineDetails add(UUID communityId, RedLineForm form) {
        access.writable(communityId);
        return redLines.saveAndFlush(new RedLine(communityId, text(form))).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public RedLineDetails update(UUID redLineId, long expectedVersion, RedLineForm form) {
        RedLine redLine = load(redLineId, expectedVersion);
        redLine.setText(text(form));
        return redLines.saveAndFlush(redLine).toDetails();
    }

    /** Deactivating keeps the line for the warnings that cited it, but it can no longer be cited. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
    public RedLineDetails setActive(UUID redLineId, long expectedVersion, boolean active) {
        RedLine redLine = load(redLineId, expectedVersion);
        redLine.setActive(active);
        return redLines.saveAndFlush(redLine).toDetails();
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
