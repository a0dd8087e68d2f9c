package app.communityops.security.mfa;

/**
 * A secret on offer: as text to type into an app, as the {@code otpauth://} address, and as that address in a QR
 * code (SVG markup).
 */
public record Enrolment(String secret, String otpauthUri, String qrSvg) {

    /** The secret in groups of four, easier to read and type. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
