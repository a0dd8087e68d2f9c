package app.communityops.shared.csv;

/** Comma for CSV, tab for text copied out of a spreadsheet or saved as "Unicode text". */
public enum CsvDelimiter {
    COMMA(','),
    TAB('\t');

    private final char character;

    CsvDelimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** The delimiter a header line uses more often, counted outside quotes; comma when neither appears. */
    public static CsvDelimiter sniff(String headerLine) {
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? TAB : COMMA;
    }
}
