package app.communityops.content;

/** A community's logo as stored: the bytes and the image type sniffed from them. */
public record LogoImage(byte[] bytes, String contentType) {

    public LogoImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
