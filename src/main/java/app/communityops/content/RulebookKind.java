package app.communityops.content;

/** The parts of a community's rulebook; the red lines of elimination live with screening, which cites them. */
public enum RulebookKind {
    LOGO(true), SLOGAN(true), SONG(false), MEME(false), ENCOURAGED(false), FORBIDDEN(false), REWARD_MATERIAL(false),
    REWARD_HONORARY(false);

    private final boolean single;

    RulebookKind(boolean single) {
        this.single = single;
    }

    /** A community has at most one current item of this kind (one logo, one slogan). */
    public boolean single() {
        return single;
    }
}
