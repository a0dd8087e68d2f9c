/**
 * A small chart component over Apache ECharts (from WebJars, loaded as a plain script): charts are described in
 * Java ({@link app.communityops.shared.ui.echarts.ChartSpec}), drawn in the browser, and always offered as a
 * data table and a CSV download too.
 */
@NullMarked
package app.communityops.shared.ui.echarts;

import org.jspecify.annotations.NullMarked;
