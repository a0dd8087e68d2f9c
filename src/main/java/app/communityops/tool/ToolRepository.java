package app.communityops.tool;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ToolRepository extends JpaRepository<Tool, UUID> {

    List<Tool> findAllByOrderByNameAsc();

    @Query("select count(t) > 0 from Tool t where lower(t.name) = lower(:name) and t.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);

    boolean existsByCategoryId(UUID categoryId);
}
