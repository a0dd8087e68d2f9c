/** Manage: the business-logic canvas, KPIs computed from records, targets and status, the funnel, daily rollups. */
@NullMarked
package app.communityops.kpi;

import org.jspecify.annotations.NullMarked;
