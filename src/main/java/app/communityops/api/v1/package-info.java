/**
 * The REST API, version 1, under {@code /api/v1}: communities, members, applications and engagement events.
 * Orders and reviews (scope {@code write:orders}) join here as an {@code OrdersController} of their own.
 */
@NullMarked
package app.communityops.api.v1;

import org.jspecify.annotations.NullMarked;
