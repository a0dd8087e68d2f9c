/**
 * Approvals: a tenant requires that content items and rulebook changes of a client's (or one community's)
 * communities be approved, in configured steps, before they reach the audience. The subjects are known only through
 * {@link app.communityops.approval.ApprovalSubjects}, which the features owning them implement (decision 0040).
 */
@NullMarked
package app.communityops.approval;

import org.jspecify.annotations.NullMarked;
