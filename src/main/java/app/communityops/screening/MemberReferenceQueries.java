package app.communityops.screening;

import app.communityops.members.ScreeningReferences;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Screening's answers to the members feature's questions about screening's data (its mechanisms, tiers and
 * channels still referenced, red lines to cite). No access rules here: the members service asking has checked them.
 */
@Component
class MemberReferenceQueries implements ScreeningReferences {

    private final JdbcClient jdbc;

    MemberReferenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> mechanisms() {
        return Arrays.stream(ScreeningMechanism.values()).map(Enum::name).toList();
    }

    @Override
    public long policiesRequiringTier(UUID tierId) {
        return jdbc.sql("select count(*) from screening_policy where min_tier_id = :tier")
                .param("tier", tierId).query(Long.class).single();
    }

    @Override
    public long positioningsNamingChannel(UUID channelId) {
        return jdbc.sql("select count(*) from community_positioning where :channel = any(channel_ids)")
                .param("channel", channelId).query(Long.class).single();
    }

    @Override
    public SequencedMap<UUID, String> activeRedLines(UUID communityId) {
        SequencedMap<UUID, String> lines = new LinkedHashMap<>();
        jdbc.sql("select id, text from red_line where community_id = :community and active order by created_at, id")
                .param("community", communityId)
                .query(rs -> {
                    lines.put(rs.getObject("id", UUID.class), rs.getString("text"));
                });
        return lines;
    }

    @Override
    public boolean isRedLineOf(UUID redLineId, UUID communityId) {
        return jdbc.sql("select count(*) from red_line where id = :redLine and community_id = :community")
                .param("redLine", redLineId).param("community", communityId).query(Long.class).single() > 0;
    }

    @Override
    public Map<UUID, String> redLineTexts(Collection<UUID> redLineIds) {
        Map<UUID, String> texts = new HashMap<>();
        if (redLineIds.isEmpty()) {
            return texts;
        }
        jdbc.sql("select id, text from red_line where id in (:ids)")
                .param("ids", java.util.List.copyOf(redLineIds))
                .query(rs -> {
                    texts.put(rs.getObject("id", UUID.class), rs.getString("text"));
                });
        return texts;
    }
}
