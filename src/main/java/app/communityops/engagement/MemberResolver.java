package app.communityops.engagement;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the members a batch names in one statement, by external id or by handle, under the tenant's row-level
 * security. Answers ids by {@link MemberRef#key()}; a reference missing from the answer is unknown.
 */
@Component
class MemberResolver {

    private final JdbcTemplate jdbc;

    MemberResolver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, UUID> resolve(Collection<MemberRef> refs) {
        Set<String> externalIds = new LinkedHashSet<>();
        Set<String> handles = new LinkedHashSet<>();
        for (MemberRef ref : refs) {
            if (ref.externalId() != null) {
                externalIds.add(ref.externalId());
            } else if (ref.handle() != null) {
                handles.add(ref.handle().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, UUID> found = new HashMap<>();
        if (!externalIds.isEmpty()) {
            jdbc.query("select id, external_id from member where external_id = any(?)",
                    rs -> {
                        found.put("x:" + rs.getString(2), rs.getObject(1, UUID.class));
                    }, (Object) externalIds.toArray(String[]::new));
        }
        if (!handles.isEmpty()) {
            jdbc.query("select id, lower(handle) from member where lower(handle) = any(?)",
                    rs -> {
                        found.put("h:" + rs.getString(2), rs.getObject(1, UUID.class));
                    }, (Object) handles.toArray(String[]::new));
        }
        return found;
    }
}
