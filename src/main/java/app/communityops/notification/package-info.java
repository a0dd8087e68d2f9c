/**
 * In-app notifications: published to a user, a community's staff or the tenant admins, read by their recipient
 * only. Stored as a kind (an i18n key) with arguments, translated when shown.
 */
@NullMarked
package app.communityops.notification;

import org.jspecify.annotations.NullMarked;
