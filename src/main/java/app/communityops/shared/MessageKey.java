package app.communityops.shared;

/**
 * An argument of a message that is itself a text to translate, in the reader's language, such as a status's label
 * in "not possible while the membership is {0}". The translation provider resolves it wherever the message is shown.
 */
public record MessageKey(String key) {
}
