package app.communityops.activity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    @Query("""
            select a from Activity a where a.communityId in :communities and a.startsAt < :to and a.endsAt > :from
            order by a.startsAt, a.id""")
    List<Activity> findOverlapping(Collection<UUID> communities, Instant from, Instant to);

    @Query("select a from Activity a where a.communityId = :community order by a.startsAt, a.id")
    List<Activity> findByCommunity(UUID community);

    @Query("""
            select a from Activity a where a.seriesId = :series and a.originalStart >= :from
            order by a.originalStart""")
    List<Activity> findInSeriesFrom(UUID series, Instant from);

    @Query("select count(a) from Activity a where a.seriesId = :series")
    long countInSeries(UUID series);

    @Query("select count(a) from Activity a where a.typeId = :type")
    long countOfType(UUID type);
}
