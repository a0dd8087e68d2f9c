package app.communityops.kpi.ui;

import static app.communityops.kpi.ui.Markup.escape;

import app.communityops.kpi.KpiBoard;
import com.vaadin.flow.component.Component;

/**
 * The dashboard summary's notes on how to read the figures: what they compare with ("Compared with 1–5 Nov", and
 * while the period runs that targets are paced) and, while late events wait for the rollups, the time the activity
 * figures are as of.
 */
final class DashboardNotes {

    private DashboardNotes() {
    }

    static void append(Component owner, StringBuilder html, KpiBoard board) {
        board.compared().ifPresent(span -> {
            html.append("<span id=\"dashboard-compared\" class=\"dashboard-hint\"");
            if (board.values().stream().anyMatch(value -> value.pacing() != null)) {
                html.append(" title=\"").append(escape(owner.getTranslation("kpi.pacing.note"))).append('"');
            }
            html.append('>').append(escape(owner.getTranslation("kpi.compared.heading",
                    DashboardFormat.span(owner, span)))).append("</span>");
        });
        DashboardFormat.asOf(owner, board).ifPresent(text -> html
                .append("<span id=\"dashboard-as-of\" class=\"dashboard-hint dashboard-as-of\" role=\"status\">")
                .append(escape(text)).append("</span>"));
    }
}
