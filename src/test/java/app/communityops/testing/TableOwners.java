package app.communityops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns each table: the module named by the topic of the changelog that creates it, unless listed
 * below (screening's tables are created by the members changelog; accounts belong to security). Used by the tests
 * that keep demo data and test data inside their modules.
 */
public final class TableOwners {

    /** Statements that write a table: {@code group(1)} is the table. */
    public static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)");
    /** Comments, to be removed before looking for statements. */
    public static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    private static final Path CHANGELOGS = Path.of("src/main/resources/db/changelog");
    private static final Set<String> MODULES = Set.of("tenancy", "security", "clients", "community", "audit",
            "members", "screening", "activity", "content", "money", "engagement", "api", "notification", "tool", "kpi",
            "report", "calendar", "platform", "approval", "automation", "today", "webhook");
    private static final Map<String, String> MODULE_OF_TOPIC = Map.ofEntries(Map.entry("accounts", "security"),
            Map.entry("content-redline-history", "screening"), Map.entry("member-matching", "members"),
            Map.entry("member-merge-epoch", "members"), Map.entry("user-session", "security"),
            Map.entry("sign-in-throttle", "security"), Map.entry("mfa-key-check", "security"),
            Map.entry("calendar-feed", "calendar"), Map.entry("mail-outbox", "notification"));
    private static final Map<String, String> OWNER_OVERRIDES = Map.ofEntries(
            Map.entry("platform_admin", "security"), Map.entry("login_email", "security"),
            Map.entry("client", "clients"), Map.entry("community_positioning", "screening"),
            Map.entry("screening_policy", "screening"), Map.entry("screening_condition", "screening"),
            Map.entry("invitation_code", "screening"), Map.entry("red_line", "screening"));
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");

    private TableOwners() {
    }

    /** Every table a changelog creates, with the module that owns it (null for the installation's own tables). */
    public static Map<String, String> owners() {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.walk(CHANGELOGS)) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                String topic = file.getFileName().toString().replaceFirst("^\\d+-[0-9A-Z]+\\d*-", "")
                        .replaceFirst("\\.sql$", "");
                String first = topic.split("-")[0];
                String module = MODULE_OF_TOPIC.getOrDefault(topic, MODULES.contains(first) ? first : null);
                Matcher create = CREATE.matcher(read(file));
                while (create.find()) {
                    String table = create.group(1).toLowerCase();
                    owners.put(table, OWNER_OVERRIDES.getOrDefault(table, module));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
