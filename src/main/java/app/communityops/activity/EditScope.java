package app.communityops.activity;

/** As calendar users expect: change only this occurrence, or this one and all that follow it in its series. */
public enum EditScope {
    THIS, FOLLOWING
}
