/** The approvals list, one request with its preview and decision, and the approval settings. */
@NullMarked
package app.communityops.approval.ui;

import org.jspecify.annotations.NullMarked;
