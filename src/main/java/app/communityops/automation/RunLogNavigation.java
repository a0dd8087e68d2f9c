package app.communityops.automation;

import java.util.UUID;

/** The way in to the run log and the dry run from elsewhere (the rule editor links to both). */
public final class RunLogNavigation {

    public static final String RUNS_ROUTE = "automation/runs";
    public static final String DRY_RUN_ROUTE = "automation/rules/:ruleId/dry-run";
    /** The run log's query parameter naming one rule. */
    public static final String RULE_PARAMETER = "rule";

    private RunLogNavigation() {
    }

    /** The run log of one rule. */
    public static String runsOf(UUID ruleId) {
        return RUNS_ROUTE + "?" + RULE_PARAMETER + "=" + ruleId;
    }

    /** Opens the run log of one rule. */
    public static void toRunsOf(UUID ruleId) {
        com.vaadin.flow.component.UI.getCurrent().navigate(RUNS_ROUTE,
                com.vaadin.flow.router.QueryParameters.of(RULE_PARAMETER, ruleId.toString()));
    }

    public static String dryRunPath(UUID ruleId) {
        return "automation/rules/" + ruleId + "/dry-run";
    }
}
