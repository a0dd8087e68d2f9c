package app.communityops.tool;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ToolCategoryRepository extends JpaRepository<ToolCategory, UUID> {

    List<ToolCategory> findAllByOrderByNameAsc();

    @Query("select count(c) > 0 from ToolCategory c where lower(c.name) = lower(:name) and c.id <> :exceptId")
    boolean nameTaken(String name, UUID exceptId);
}
