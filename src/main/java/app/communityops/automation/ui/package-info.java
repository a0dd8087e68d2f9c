/** The automation screens: the rules list, the rule editor, the playbooks, the run log and the dry run of a rule. */
@NullMarked
package app.communityops.automation.ui;

import org.jspecify.annotations.NullMarked;
