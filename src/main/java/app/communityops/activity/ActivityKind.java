package app.communityops.activity;

/** The source text's two families: regular (常规) and innovative (创新) activities. */
public enum ActivityKind {
    REGULAR, INNOVATIVE;

    /** The calendar category key, which also picks the colour of types without their own. */
    public String category() {
        return "activity." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
