package app.communityops.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContentItemRepository extends JpaRepository<ContentItem, UUID> {

    /** Items of any of the communities with a publish time in {@code [from, to)}, for the calendar. */
    @Query("""
            select distinct c from ContentItem c join c.communityIds community
            where community in :communityIds and c.publishAt >= :from and c.publishAt < :to
            order by c.publishAt, c.id""")
    List<ContentItem> findPlanned(Collection<UUID> communityIds, Instant from, Instant to);
}
