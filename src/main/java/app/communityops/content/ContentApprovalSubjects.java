package app.communityops.content;

import app.communityops.approval.ApprovalSubjects;
import app.communityops.approval.SubjectType;
import app.communityops.shared.AppPrincipal;
import app.communityops.shared.CurrentUser;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a decision means for a content item: approval lets staff schedule it (the gate is in
 * {@link ContentService#move}); a request for changes sends it back to draft, with the comment in its history.
 */
@Component
class ContentApprovalSubjects implements ApprovalSubjects {

    private final ContentItemRepository items;
    private final ContentTransitionRepository transitions;
    private final Clock clock;

    ContentApprovalSubjects(ContentItemRepository items, ContentTransitionRepository transitions, Clock clock) {
        this.items = items;
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public SubjectType type() {
        return SubjectType.CONTENT;
    }

    @Override
    public void approved(UUID subjectId, long version) {
        // Nothing moves by itself: staff schedule the approved item when they choose.
    }

    @Override
    public void changesRequested(UUID subjectId, long version, String comment) {
        items.findById(subjectId).filter(item -> item.getApprovalRevision() == version)
                .filter(item -> item.getStatus() == ContentStatus.IN_REVIEW
                        || item.getStatus() == ContentStatus.SCHEDULED)
                .ifPresent(item -> {
                    ContentStatus from = item.getStatus();
                    item.setStatus(ContentStatus.DRAFT);
                    items.saveAndFlush(item);
                    // The one who asked for changes made the move (a client user, often).
                    AppPrincipal user = CurrentUser.require();
                    transitions.save(new ContentTransition(item.getId(), from, ContentStatus.DRAFT, user.userId(),
                            user.displayName(), clock.instant()));
                });
    }
}
