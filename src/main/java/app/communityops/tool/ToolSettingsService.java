package app.communityops.tool;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.NotNull;
import app.communityops.shared.UserFacingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's tool categories and how many days ahead renewals are announced. A tenant gets the eight categories
 * of the C-ACM-MT model the first time its categories are read; after that the list is the tenant's to edit.
 */
@Service
public class ToolSettingsService {

    public static final int DEFAULT_REMINDER_DAYS = 30;

    /** Bilingual on purpose: they are the tenant's own data from then on, read by staff of either language. */
    static final List<String> DEFAULT_CATEGORIES = List.of("Data analysis 数据分析", "Activity marketing 活动营销",
            "Viral / referral distribution 裂变分销", "Content topics & layout 内容选题与排版",
            "Community bot & management 社群机器人与管理", "SCRM / CRM", "Payment 支付", "Other 其他");

    private final ToolCategoryRepository categories;
    private final ToolRepository tools;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ToolSettingsService(ToolCategoryRepository categories, ToolRepository tools, JdbcTemplate jdbc, Clock clock) {
        this.categories = categories;
        this.tools = tools;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public List<CategorySummary> categories() {
        seedOnce();
        return categories.findAllByOrderByNameAsc().stream().map(ToolCategory::toSummary).toList();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public CategorySummary createCategory(String name) {
        requireName(name, new UUID(0, 0));
        return categories.saveAndFlush(new ToolCategory(name)).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public CategorySummary renameCategory(UUID id, long expectedVersion, String name) {
        ToolCategory category = categories.findById(id).orElseThrow(NotFoundException::new);
        requireVersion(category.getVersion(), expectedVersion);
        requireName(name, id);
        category.rename(name);
        return categories.saveAndFlush(category).toSummary();
    }

    /** A category still used by a tool cannot go: its tools would lose their category. */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void deleteCategory(UUID id, long expectedVersion) {
        ToolCategory category = categories.findById(id).orElseThrow(NotFoundException::new);
        requireVersion(category.getVersion(), expectedVersion);
        if (tools.existsByCategoryId(id)) {
            throw new UserFacingException("tool.error.categoryInUse", null, category.getName());
        }
        categories.delete(category);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_JOB)
    public int reminderDays() {
        List<Integer> days = NotNull.column(
                jdbc.queryForList("select reminder_days from tool_settings", Integer.class));
        return days.isEmpty() ? DEFAULT_REMINDER_DAYS : days.getFirst();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public void setReminderDays(int days) {
        if (days < 1 || days > 365) {
            throw new UserFacingException("tool.error.reminderDays", "reminderDays", 1, 365);
        }
        ensureSettingsRow();
        jdbc.update("update tool_settings set reminder_days = ?, version = version + 1", days);
    }

    private void seedOnce() {
        ensureSettingsRow();
        int claimed = jdbc.update("update tool_settings set categories_seeded = true, version = version + 1"
                + " where not categories_seeded");
        if (claimed == 1) {
            DEFAULT_CATEGORIES.stream().filter(name -> !categories.nameTaken(name, new UUID(0, 0)))
                    .forEach(name -> categories.save(new ToolCategory(name)));
            categories.flush();
        }
    }

    private void ensureSettingsRow() {
        jdbc.update("""
                insert into tool_settings (tenant_id, reminder_days, categories_seeded, created_at, version)
                values (current_tenant_id(), ?, false, ?, 0) on conflict (tenant_id) do nothing""",
                DEFAULT_REMINDER_DAYS, Timestamp.from(clock.instant()));
    }

    private void requireName(String name, UUID exceptId) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 80) {
            throw new UserFacingException("tool.error.categoryName", "name");
        }
        if (categories.nameTaken(stripped, exceptId)) {
            throw new UserFacingException("tool.error.categoryTaken", "name");
        }
    }

    private static void requireVersion(@Nullable Long actual, long expected) {
        if (actual == null || actual != expected) {
            throw new ConcurrentEditException();
        }
    }
}
