package app.communityops.automation;

/** What a person edits of a rule: its name and when → if → then. Where it applies is chosen once, on creation. */
public record RuleForm(String name, RuleDefinition definition) {
}
