/** The Manage page: business-logic canvas, targets per period and the KPI table with status and definitions. */
@NullMarked
package app.communityops.kpi.ui;

import org.jspecify.annotations.NullMarked;
