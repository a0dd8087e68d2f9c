package app.communityops.community;

import java.util.UUID;
import java.util.function.Function;

/**
 * A link on a community's overview to a feature's page of that community. Each feature declares its own as a bean
 * (e.g. {@code activity.ActivityOverviewLinks}), so the overview lists them without depending on the features, which
 * sit above {@code community} in the module graph. A new community page that should be reached from the overview
 * adds one bean (docs/adding-a-feature.md).
 *
 * @param area the card of the C-ACM-MT model the link belongs to
 * @param order its place among the area's links, smallest first
 * @param textKey the translation key of the link's text
 * @param elementId the link's element id (tests and styles find it by that)
 * @param path the page's path for a community, from the feature's {@code *Navigation}
 */
public record CommunityPageLink(Area area, int order, String textKey, String elementId, Function<UUID, String> path) {

    /** The overview's cards, in the model's order. */
    public enum Area { CUSTOM, ACTIVITY, CONTENT, MONEY, MANAGE, TOOL }
}
