package app.communityops.automation;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleRepository extends JpaRepository<Rule, UUID> {

    List<Rule> findAllByOrderByNameAsc();

    List<Rule> findByPlaybookKeyAndCommunityIdOrderByPlaybookStep(String playbookKey, UUID communityId);

    List<Rule> findByPlaybookKeyAndCommunityIdIsNullOrderByPlaybookStep(String playbookKey);

    List<Rule> findByPlaybookKeyIsNotNull();

    /** The rules a playbook made for one community, or tenant-wide for {@code communityId} null. */
    default List<Rule> playbookRules(String playbookKey, @Nullable UUID communityId) {
        return communityId == null ? findByPlaybookKeyAndCommunityIdIsNullOrderByPlaybookStep(playbookKey)
                : findByPlaybookKeyAndCommunityIdOrderByPlaybookStep(playbookKey, communityId);
    }
}
