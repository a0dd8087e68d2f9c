package app.communityops.shared.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings an uploaded CSV file may come in: UTF-8 (with or without BOM), or GBK as Chinese Excel saves CSV. */
public enum CsvEncoding {
    UTF_8(StandardCharsets.UTF_8),
    GBK(Charset.forName("GBK"));

    private final Charset charset;

    CsvEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }
}
