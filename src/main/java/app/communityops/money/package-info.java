/**
 * Money (变现): offers sold in communities, orders, refunds and reviews, partners' commissions, and the figures
 * the source text judges monetisation by (first-purchase, repurchase and positive-review rates), computed in the
 * database from the records.
 */
@NullMarked
package app.communityops.money;

import org.jspecify.annotations.NullMarked;
