package app.communityops.members;

import java.util.UUID;

/** A rule of a community that a warning or an elimination can cite. */
public record RedLine(UUID id, String text) {
}
