/**
 * The join feature's screens: the operator's page, links, group codes and applications of a community, and the two
 * public pages without sign-in (the applicant's form and status link), mobile first.
 */
@NullMarked
package app.communityops.join.ui;

import org.jspecify.annotations.NullMarked;
