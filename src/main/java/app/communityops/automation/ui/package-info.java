/** The automation screens: the rules list, the rule editor and the playbooks. */
@NullMarked
package app.communityops.automation.ui;

import org.jspecify.annotations.NullMarked;
