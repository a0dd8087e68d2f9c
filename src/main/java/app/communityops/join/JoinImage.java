package app.communityops.join;

/** An image a join page shows (a payment QR or a group's QR code), with its sniffed type. */
public record JoinImage(byte[] bytes, String type) {
}
