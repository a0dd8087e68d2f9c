/** What every API request goes through: body limits, idempotency, and errors as problem+json. */
@NullMarked
package app.communityops.api.web;

import org.jspecify.annotations.NullMarked;
