package app.communityops.report;

import java.util.Arrays;

/** A logo for the report's header: its type, sniffed from the bytes on upload, and the bytes. */
public record ReportLogo(String contentType, byte[] bytes) {

    public ReportLogo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportLogo that && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ReportLogo[" + contentType + ", " + bytes.length + " bytes]";
    }
}
