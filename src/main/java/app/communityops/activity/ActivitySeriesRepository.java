package app.communityops.activity;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivitySeriesRepository extends JpaRepository<ActivitySeries, UUID> {
}
