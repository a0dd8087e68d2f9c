package app.communityops.automation;

import java.util.List;

/** A built-in playbook and the places (that the user can see) where it was switched on. */
public record PlaybookStatus(Playbook playbook, List<PlaybookPlacement> placements) {

    public PlaybookStatus {
        placements = List.copyOf(placements);
    }
}
