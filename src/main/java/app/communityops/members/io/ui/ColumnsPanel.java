package app.communityops.members.io.ui;

import app.communityops.members.io.ColumnMapping;
import app.communityops.members.io.ImportField;
import app.communityops.members.io.ImportPreview;
import app.communityops.shared.csv.ui.Styles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The file's columns with the field each one fills (the user may change it) and a preview of its first rows,
 * headed by the fields they will fill.
 */
class ColumnsPanel extends Composite<Div> {

    private final Consumer<ColumnMapping> onChange;
    private final Div columns = new Div();
    private final Grid<List<String>> preview = new Grid<>();
    private final Paragraph noRows = new Paragraph();
    private final List<Select<ImportField>> selects = new ArrayList<>();
    private ImportPreview shown;
    private ColumnMapping mapping;

    ColumnsPanel(ImportPreview initial, Consumer<ColumnMapping> onChange) {
        this.onChange = onChange;
        this.shown = initial;
        this.mapping = initial.mapping();
        columns.setId("import-mapping");
        Styles.mappingTable(columns);
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        preview.setAllRowsVisible(true);
        noRows.setId("import-preview-empty");
        noRows.setText(getTranslation("memberio.preview.empty"));
        Styles.secondary(noRows);

        H3 columnsTitle = new H3(getTranslation("memberio.mapping.title"));
        columnsTitle.getStyle().set("margin", "0");
        Paragraph hint = new Paragraph(getTranslation("memberio.mapping.hint"));
        Styles.secondary(hint);
        H3 previewTitle = new H3(getTranslation("memberio.preview.title"));
        previewTitle.getStyle().set("margin", "0");
        getContent().add(columnsTitle, hint, columns, previewTitle, preview, noRows);
        Styles.column(getContent());
        show(initial);
    }

    ColumnMapping mapping() {
        return mapping;
    }

    /** Shows another reading of the file (other encoding or delimiter), with the mapping its header suggests. */
    void show(ImportPreview next) {
        this.shown = next;
        this.mapping = next.mapping();
        selects.clear();
        columns.removeAll();
        List<Span> heads = List.of(new Span(getTranslation("memberio.mapping.column")),
                new Span(getTranslation("memberio.mapping.sample")), new Span(getTranslation("memberio.mapping.field")));
        heads.forEach(Styles::heading);
        columns.add(mappingRow(heads.get(0), heads.get(1), heads.get(2)));
        for (int i = 0; i < next.headers().size(); i++) {
            Select<ImportField> select = fieldSelect(i);
            selects.add(select);
            Span header = new Span(next.headers().get(i));
            Span sample = new Span(sample(i));
            Styles.ellipsis(sample);
            columns.add(mappingRow(header, sample, select));
        }
        preview.setItems(next.rows());
        noRows.setVisible(next.rows().isEmpty());
        preview.setVisible(!next.rows().isEmpty());
        rebuildPreviewColumns();
    }

    private static Div mappingRow(Component column, Component sample, Component field) {
        Div row = new Div(column, sample, field);
        Styles.mappingRow(row);
        return row;
    }

    private Select<ImportField> fieldSelect(int column) {
        Select<ImportField> select = new Select<>();
        select.setId("mapping-" + column);
        select.setItems(ImportField.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("memberio.mapping.ignore"));
        select.setItemLabelGenerator(field -> field == null ? getTranslation("memberio.mapping.ignore")
                : getTranslation(field.labelKey()));
        select.setAriaLabel(getTranslation("memberio.mapping.field") + " " + shown.headers().get(column));
        select.setValue(mapping.field(column));
        select.addValueChangeListener(event -> {
            mapping = mapping.with(column, event.getValue());
            rebuildPreviewColumns();
            onChange.accept(mapping);
        });
        return select;
    }

    private void rebuildPreviewColumns() {
        preview.removeAllColumns();
        for (int i = 0; i < shown.headers().size(); i++) {
            int column = i;
            ImportField field = mapping.field(column);
            String header = shown.headers().get(column) + " → " + (field == null
                    ? getTranslation("memberio.mapping.ignore") : getTranslation(field.labelKey()));
            preview.addColumn(row -> column < row.size() ? row.get(column) : "").setHeader(header).setAutoWidth(true)
                    .setKey("preview-" + column);
        }
    }

    private String sample(int column) {
        return shown.rows().isEmpty() ? "" : shown.rows().getFirst().get(column);
    }
}
