package app.communityops.approval;

import java.util.UUID;

/**
 * One version of a subject as its approvers see it.
 *
 * @param version     the version being approved (a content item's approval revision, a proposal's own version)
 * @param communityId the community whose policy applies and whose people approve
 * @param previewHtml how it will appear, as HTML safe to insert into a page (the owning feature renders it)
 */
public record ApprovalSubject(SubjectType type, UUID id, long version, UUID communityId, String title,
                              String previewHtml) {
}
