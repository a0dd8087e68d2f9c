package app.communityops.tool;

import app.communityops.shared.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "tool_category")
class ToolCategory extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name = "";

    protected ToolCategory() {
    }

    ToolCategory(String name) {
        this.name = name.strip();
    }

    void rename(String newName) {
        this.name = newName.strip();
    }

    String getName() {
        return name;
    }

    CategorySummary toSummary() {
        return new CategorySummary(getId(), name, getVersion() == null ? 0 : getVersion());
    }
}
