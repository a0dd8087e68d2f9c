package app.communityops.automation;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;

/**
 * The way in to the automation screens: the rules, one rule's editor, the playbooks, and the engine's run log and
 * dry run, which the editor links to.
 */
public final class AutomationNavigation {

    public static final String RULES_ROUTE = "automation/rules";
    /** One rule's editor; {@link #NEW_RULE} in place of the id opens an empty one. */
    public static final String RULE_ROUTE = "automation/rules/:ruleId";
    public static final String NEW_RULE = "new";
    public static final String PLAYBOOKS_ROUTE = "automation/playbooks";
    /** The engine's run log; {@code ?rule=<id>} shows one rule's runs. */
    public static final String RUN_LOG_ROUTE = "automation/runs";
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

    /** The engine's dry run of a saved rule: what it would have done over the last 30 days. */
    public static String dryRunPath(UUID ruleId) {
        return RULES_ROUTE + "/" + ruleId + "/dry-run";
    }

    public static QueryParameters runLogOf(UUID ruleId) {
        return QueryParameters.simple(Map.of("rule", ruleId.toString()));
    }

    public static QueryParameters rulesOf(UUID communityId) {
        return QueryParameters.simple(Map.of(COMMUNITY_PARAMETER, communityId.toString()));
    }
}
