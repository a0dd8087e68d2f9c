package app.communityops.shared.csv.ui;

import app.communityops.shared.csv.ImportProblem;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/** Why a file was refused: every problem by line and column, and the same list as a CSV to download. */
public class ProblemsPanel extends Composite<Div> {

    /** {@code more} counts problems beyond the listed ones; the report downloads as {@code reportName}. */
    public ProblemsPanel(List<ImportProblem> problems, long more, String reportName,
                         FeatureBundlesI18NProvider translations, Locale locale) {
        H3 heading = new H3(getTranslation("shared.csv.problems.title"));
        heading.setId("import-problems-title");
        Span count = new Span(getTranslation("shared.csv.problems.count",
                problems.size() + more));
        count.setId("import-problems-count");
        Anchor report = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = ErrorReport.csv(problems, more,
                    (key, arguments) -> translations.getTranslation(key, locale, arguments));
            return new DownloadResponse(new ByteArrayInputStream(csv), reportName,
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("shared.csv.problems.download"));
        report.setId("import-report");
        Div header = new Div(heading, count, report);
        Styles.row(header);
        getContent().add(header, grid(problems));
        if (more > 0) {
            Paragraph beyond = new Paragraph(getTranslation("shared.csv.problems.more", more));
            beyond.setId("import-problems-more");
            getContent().add(beyond);
        }
    }

    private Grid<ImportProblem> grid(List<ImportProblem> problems) {
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(problems.size() <= 20);
        grid.addColumn(ErrorReport::line).setHeader(getTranslation("shared.csv.problems.line")).setAutoWidth(true)
                .setFlexGrow(0).setKey("line");
        grid.addColumn(problem -> ErrorReport.column(problem, this::translate))
                .setHeader(getTranslation("shared.csv.problems.column")).setAutoWidth(true).setKey("column");
        grid.addColumn(problem -> ErrorReport.reason(problem, this::translate))
                .setHeader(getTranslation("shared.csv.problems.reason")).setFlexGrow(3).setKey("reason");
        grid.setItems(problems);
        return grid;
    }

    private String translate(String key, Object[] arguments) {
        return getTranslation(key, arguments);
    }
}
