package app.communityops.members;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcquisitionChannelRepository extends JpaRepository<AcquisitionChannel, UUID> {

    @Query("select c from AcquisitionChannel c order by lower(c.name)")
    List<AcquisitionChannel> findAllByName();

    @Query("select count(c) > 0 from AcquisitionChannel c where lower(c.name) = lower(:name) and c.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);
}
