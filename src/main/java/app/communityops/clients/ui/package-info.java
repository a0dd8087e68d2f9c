/** The tenant admin's screen for the agency's clients. */
@NullMarked
package app.communityops.clients.ui;

import org.jspecify.annotations.NullMarked;
