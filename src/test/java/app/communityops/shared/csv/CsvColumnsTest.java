package app.communityops.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding an import's columns by header name and reading its cells safely. */
class CsvColumnsTest {

    enum Field {
        NAME("name", "姓名"), AMOUNT("amount", "金额"), NOTE("note");

        final List<String> names;

        Field(String... names) {
            this.names = List.of(names);
        }
    }

    @Test
    void findsColumnsByAnyOfTheirNamesAndReportsMissingOrDoubledOnes() throws IOException {
        CsvColumns<Field> columns = columns("姓名, Amount ,amount\n");
        assertThat(columns.header(Field.NAME)).isEqualTo("姓名");
        assertThat(columns.header(Field.AMOUNT)).isEqualTo("Amount");
        assertThat(columns.header(Field.NOTE)).isNull();
        assertThat(columns.headerProblems()).extracting(ImportProblem::reasonKey, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shared.csv.reason.sameColumn", "amount"));

        assertThat(columns("note\n").headerProblems()).extracting(ImportProblem::reasonKey, ImportProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shared.csv.reason.missingColumn", List.of("name")));
    }

    @Test
    void cellsLoseTheirFormulaEscapeAndOverlongOrBrokenCellsAreReported() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(
                "name,note\n'=SUM(A1),x\n" + "a".repeat(50) + ",\uFFFD\n"), ',', 40, 10);
        CsvColumns<Field> columns = new CsvColumns<>(Field.class, reader.next(), field -> field.names,
                List.of(Field.NAME));
        List<ImportProblem> problems = new ArrayList<>();
        CsvRecord first = reader.next();
        assertThat(columns.cell(first, Field.NAME, 40, problems::add)).isEqualTo("=SUM(A1)");
        CsvRecord second = reader.next();
        assertThat(columns.cell(second, Field.NAME, 40, problems::add)).isNull();
        assertThat(columns.cell(second, Field.NOTE, 40, problems::add)).isNull();
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reasonKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "name", "shared.csv.reason.tooLong"),
                        org.assertj.core.groups.Tuple.tuple(3L, "note", "shared.csv.reason.badEncoding"));
    }

    @Test
    void aRowWithMoreFilledCellsThanTheHeaderIsReported() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader("name\nAda,\nBob,extra\n"), ',', 40, 10);
        CsvColumns<Field> columns = new CsvColumns<>(Field.class, reader.next(), field -> field.names, List.of());
        List<ImportProblem> problems = new ArrayList<>();
        assertThat(columns.whole(reader.next(), problems::add)).isTrue();
        assertThat(columns.whole(reader.next(), problems::add)).isFalse();
        assertThat(problems).extracting(ImportProblem::reasonKey).containsExactly("shared.csv.reason.extraCells");
    }

    private static CsvColumns<Field> columns(String text) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new StringReader(text), ',', 100, 10);
        return new CsvColumns<>(Field.class, reader.next(), field -> field.names, List.of(Field.NAME));
    }
}
