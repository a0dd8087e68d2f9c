package app.communityops.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The earlier wordings of a rulebook item or red line, newest first, with who changed it and when. */
class HistoryDialog extends Dialog {

    /** One saved state; {@code who} is null for a state older than the history. */
    record Row(String text, boolean active, Instant when, @Nullable String who) {
    }

    HistoryDialog(String title, List<Row> rows, ZoneId zone) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("rulebook.history.title", title));
        setWidth("min(48rem, 100vw)");
        Grid<Row> grid = new Grid<>();
        grid.setId("history-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> ContentLabels.dateTime(row.when(), zone)).setKey("when")
                .setHeader(getTranslation("rulebook.history.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.who() == null ? getTranslation("rulebook.history.unknown") : row.who())
                .setKey("who").setHeader(getTranslation("rulebook.history.who")).setAutoWidth(true);
        grid.addComponentColumn(this::textCell).setKey("text").setHeader(getTranslation("rulebook.history.text"))
                .setFlexGrow(3);
        grid.setItems(rows.reversed());
        add(grid);
        Button close = new Button(getTranslation("action.close"), event -> close());
        close.setId("history-close");
        getFooter().add(close);
    }

    private Span textCell(Row row) {
        Span text = new Span(row.active() ? row.text()
                : getTranslation("rulebook.history.removed", row.text()));
        text.getStyle().set("white-space", "normal");
        return text;
    }
}
