/**
 * CSV import of a community's engagement events from the console, for tenants without an integration: checked as
 * a whole, written through the ingest service in chunks inside one transaction, all or nothing.
 */
@NullMarked
package app.communityops.engagement.io;

import org.jspecify.annotations.NullMarked;
