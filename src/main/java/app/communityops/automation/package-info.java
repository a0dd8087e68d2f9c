/**
 * M — Manage, acting on what happens: automation rules (when a trigger fires, if conditions hold, then actions run),
 * the built-in SOP playbooks made of such rules, their run log and dry run. Rules are evaluated off the path that
 * records events: the modules that own the facts publish them, this module keeps them as signals and a job on one
 * node turns each signal into at most one run per rule. What rules produce for people (tasks, webhooks) is announced
 * as {@link app.communityops.automation.TaskRequested} and {@link app.communityops.automation.AutomationEvent} and
 * picked up by the modules that own tasks and webhooks, so this module does not depend on them.
 */
@NullMarked
package app.communityops.automation;

import org.jspecify.annotations.NullMarked;
