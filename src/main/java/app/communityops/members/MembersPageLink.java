package app.communityops.members;

import java.util.UUID;
import java.util.function.Function;

/**
 * A link on a community's members grid to another feature's page for staff, such as the engagement events import
 * that fills "last active". The feature declares it as a bean, since it sits above {@code members} in the module
 * graph and members may not name it.
 *
 * @param textKey the translation key of the link's text
 * @param elementId the link's element id
 * @param path the page's path for a community, from the feature's {@code *Navigation}
 */
public record MembersPageLink(String textKey, String elementId, Function<UUID, String> path) {
}
