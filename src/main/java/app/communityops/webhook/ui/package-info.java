/** The tenant admin's webhook screens: endpoints, their secrets, the delivery log and replay. */
@NullMarked
package app.communityops.webhook.ui;

import org.jspecify.annotations.NullMarked;
