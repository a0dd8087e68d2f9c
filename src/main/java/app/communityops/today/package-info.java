/**
 * M — Manage, the operator's day: tasks (opened by automation rules through
 * {@link app.communityops.automation.TaskRequested}, or by hand), the Today list that puts them beside the work other
 * modules already know is due (the review queue, elimination candidates, content, activities, tool renewals), and the
 * agency's service level: how much of the work due in a period was done on time (decision 0043).
 */
@NullMarked
package app.communityops.today;

import org.jspecify.annotations.NullMarked;
