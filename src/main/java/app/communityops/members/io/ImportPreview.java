package app.communityops.members.io;

import app.communityops.shared.csv.CsvDelimiter;
import app.communityops.shared.csv.CsvEncoding;
import java.util.List;

/** The file as it will be read: encoding and delimiter in use, its header, the mapping and its first rows. */
public record ImportPreview(CsvEncoding encoding, CsvDelimiter delimiter, List<String> headers, ColumnMapping mapping,
                            List<List<String>> rows) {

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    public ImportSettings settings() {
        return new ImportSettings(encoding, delimiter, mapping);
    }
}
