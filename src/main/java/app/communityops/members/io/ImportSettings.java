package app.communityops.members.io;

import app.communityops.shared.csv.CsvDelimiter;
import app.communityops.shared.csv.CsvEncoding;
import org.jspecify.annotations.Nullable;

/** How to read a file; anything left null is detected (encoding, delimiter) or derived from the header (mapping). */
public record ImportSettings(@Nullable CsvEncoding encoding, @Nullable CsvDelimiter delimiter,
                             @Nullable ColumnMapping mapping) {

    public static final ImportSettings DETECT = new ImportSettings(null, null, null);
}
