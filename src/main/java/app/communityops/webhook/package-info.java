/**
 * Webhooks: tenant-configured endpoints that receive the events of {@code automation} (a member joined, an order was
 * paid, a rule fired) as signed JSON POSTs, retried with back-off, with a delivery log and replay
 * (docs/decisions/0044-webhooks.md). The automation engine publishes {@code AutomationEvent} inside its processing
 * transaction; this module queues one delivery per subscribed endpoint in that same transaction, and a job on one
 * node sends them.
 */
@NullMarked
package app.communityops.webhook;

import org.jspecify.annotations.NullMarked;
