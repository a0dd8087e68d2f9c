/** The operations report screen with its period picker and downloads. */
@NullMarked
package app.communityops.report.ui;

import org.jspecify.annotations.NullMarked;
