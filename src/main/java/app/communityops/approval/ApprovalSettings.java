package app.communityops.approval;

import java.util.List;

/**
 * What needs approval and who approves it, in order. Either kind switched on needs at least one step.
 *
 * @param content  content items need approval before they are scheduled or published
 * @param rulebook rulebook changes (red lines included) need approval before they apply
 * @param steps    the approver groups, in the order they decide
 */
public record ApprovalSettings(boolean content, boolean rulebook, List<ApprovalStep> steps) {

    public static final ApprovalSettings NONE = new ApprovalSettings(false, false, List.of());

    public ApprovalSettings {
        steps = List.copyOf(steps);
    }

    public boolean requires(SubjectType type) {
        return switch (type) {
            case CONTENT -> content;
            case RULEBOOK, RED_LINE -> rulebook;
        };
    }
}
