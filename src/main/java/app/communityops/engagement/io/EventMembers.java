package app.communityops.engagement.io;

import app.communityops.engagement.MemberRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who the member cells of an events file name: a member of the tenant by handle (any case), else by external id,
 * as the ingest service finds them. Queries run under the tenant's row-level security, so another tenant's
 * members are simply unknown. A file is read in chunks; each name is looked up once per import.
 */
@Component
class EventMembers {

    private final JdbcTemplate jdbc;

    EventMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Looks up the names not yet in {@code known}, adding those found; names missing afterwards are unknown. */
    void resolve(Collection<String> names, Map<String, MemberRef> known, Set<String> unknown) {
        Set<String> handles = new TreeSet<>();
        Set<String> externalIds = new TreeSet<>();
        for (String name : names) {
            if (!known.containsKey(name) && !unknown.contains(name)) {
                handles.add(name.toLowerCase(Locale.ROOT));
                externalIds.add(name);
            }
        }
        if (externalIds.isEmpty()) {
            return;
        }
        Map<String, String> byHandle = new HashMap<>();
        Map<String, String> byExternalId = new HashMap<>();
        jdbc.query("select handle, external_id from member where lower(handle) = any(?) or external_id = any(?)",
                rs -> {
                    String handle = rs.getString(1);
                    String externalId = rs.getString(2);
                    if (handle != null) {
                        byHandle.put(handle.toLowerCase(Locale.ROOT), handle);
                    }
                    if (externalId != null) {
                        byExternalId.put(externalId, externalId);
                    }
                }, handles.toArray(String[]::new), externalIds.toArray(String[]::new));
        for (String name : externalIds) {
            String handle = byHandle.get(name.toLowerCase(Locale.ROOT));
            if (handle != null) {
                known.put(name, new MemberRef(null, handle));
            } else if (byExternalId.containsKey(name)) {
                known.put(name, new MemberRef(name, null));
            } else {
                unknown.add(name);
            }
        }
    }
}
