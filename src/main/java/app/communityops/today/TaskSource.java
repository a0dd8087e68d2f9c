package app.communityops.today;

/** Who opened a task: an automation rule (a playbook's rules are rules too) or a person. */
public enum TaskSource {
    RULE, MANUAL
}
