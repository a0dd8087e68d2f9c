package app.communityops.screening;

/** How a policy's enabled mechanisms combine: every one must pass, or any one suffices. */
public enum Combine {
    ALL, ANY
}
