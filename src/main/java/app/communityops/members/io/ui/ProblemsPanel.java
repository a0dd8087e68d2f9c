package app.communityops.members.io.ui;

import app.communityops.members.io.ImportOutcome;
import app.communityops.members.io.ImportProblem;
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
import java.util.Locale;

/** Why a file was refused: every problem by line and column, and the same list as a CSV to download. */
class ProblemsPanel extends Composite<Div> {

    ProblemsPanel(ImportOutcome result, FeatureBundlesI18NProvider translations, Locale locale) {
        H3 heading = new H3(getTranslation("memberio.problems.title"));
        heading.setId("import-problems-title");
        Span count = new Span(getTranslation("memberio.problems.count",
                result.problems().size() + result.moreProblems()));
        count.setId("import-problems-count");
        Anchor report = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = ErrorReport.csv(result.problems(), result.moreProblems(),
                    (key, arguments) -> translations.getTranslation(key, locale, arguments));
            return new DownloadResponse(new ByteArrayInputStream(csv), "member-import-problems.csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("memberio.problems.download"));
        report.setId("import-report");
        Div header = new Div(heading, count, report);
        Styles.row(header);
        getContent().add(header, grid(result));
        if (result.moreProblems() > 0) {
            Paragraph more = new Paragraph(getTranslation("memberio.problems.more", result.moreProblems()));
            more.setId("import-problems-more");
            getContent().add(more);
        }
    }

    private Grid<ImportProblem> grid(ImportOutcome result) {
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(result.problems().size() <= 20);
        grid.addColumn(ErrorReport::line).setHeader(getTranslation("memberio.problems.line")).setAutoWidth(true)
                .setFlexGrow(0).setKey("line");
        grid.addColumn(problem -> ErrorReport.column(problem, this::translate))
                .setHeader(getTranslation("memberio.problems.column")).setAutoWidth(true).setKey("column");
        grid.addColumn(problem -> ErrorReport.reason(problem, this::translate))
                .setHeader(getTranslation("memberio.problems.reason")).setFlexGrow(3).setKey("reason");
        grid.setItems(result.problems());
        return grid;
    }

    private String translate(String key, Object[] arguments) {
        return getTranslation(key, arguments);
    }
}
