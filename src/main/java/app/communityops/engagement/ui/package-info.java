/** The console's import of engagement events from a CSV file. */
@NullMarked
package app.communityops.engagement.ui;

import org.jspecify.annotations.NullMarked;
