/** The tools screens: inventory, tool settings and a community's tools. */
@NullMarked
package app.communityops.tool.ui;

import org.jspecify.annotations.NullMarked;
