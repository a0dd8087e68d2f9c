package app.communityops.clients;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, UUID> {

    List<Client> findAllByOrderByNameAsc();

    @Query("select count(c) > 0 from Client c where lower(c.name) = lower(:name) and c.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);
}
