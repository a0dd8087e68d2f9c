package app.communityops.automation;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;

/**
 * The way in to the automation screens people edit: the rules, one rule's editor and the playbooks. The run log and
 * the dry run have theirs in {@link RunLogNavigation}.
 */
public final class AutomationNavigation {

    public static final String RULES_ROUTE = "automation/rules";
    /** One rule's editor; {@link #NEW_RULE} in place of the id opens an empty one. */
    public static final String RULE_ROUTE = "automation/rules/:ruleId";
    public static final String NEW_RULE = "new";
    public static final String PLAYBOOKS_ROUTE = "automation/playbooks";
    /** The list's query parameter that picks one community's rules. */
    public static final String COMMUNITY_PARAMETER = "community";

    private AutomationNavigation() {
    }

    public static String rulePath(UUID ruleId) {
        return RULES_ROUTE + "/" + ruleId;
    }

    public static String newRulePath() {
        return RULES_ROUTE + "/" + NEW_RULE;
    }

    public static QueryParameters rulesOf(UUID communityId) {
        return QueryParameters.simple(Map.of(COMMUNITY_PARAMETER, communityId.toString()));
    }
}
