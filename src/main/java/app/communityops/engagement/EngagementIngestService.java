package app.communityops.engagement;

import app.communityops.shared.Access;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in batches of engagement events for one community. A batch is all-or-nothing: every event is checked
 * and its member found before anything is written, and one unacceptable event refuses the whole batch with every
 * problem listed. Duplicates (an event id the same source sent before, or twice in the batch) are not problems:
 * they are dropped, and the result names them.
 */
@Service
@PreAuthorize(Access.STAFF)
public class EngagementIngestService {

    /** Where a batch's time goes, per step, for tuning (docs/performance.md). */
    private static final Logger log = LoggerFactory.getLogger(EngagementIngestService.class);

    /** Events written per statement when a file brings more than one batch. */
    static final int CHUNK = 5_000;

    private final WritableCommunities communities;
    private final MemberResolver resolver;
    private final EventPartitions partitions;
    private final EventWriter writer;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EngagementIngestService(WritableCommunities communities, MemberResolver resolver, EventPartitions partitions,
                            EventWriter writer, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.resolver = resolver;
        this.partitions = partitions;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * One batch from an integration: at most {@link EventRules#MAX_BATCH} events, in one transaction. An answer that
     * says the batch was stored means it was flushed: the commit waits for the WAL like every other one (ADR 0026).
     */
    @Transactional
    public IngestResult ingest(UUID communityId, String source, List<EventInput> events, UnknownMembers unknown) {
        if (events.size() > EventRules.MAX_BATCH) {
            throw new UserFacingException("engagement.error.batchTooLarge", "events", EventRules.MAX_BATCH);
        }
        return write(communityId, source, events, unknown);
    }

    /** A whole file from the console, checked as one and written in chunks, in one transaction. */
    @Transactional
    public IngestResult importAll(UUID communityId, String source, List<EventInput> events) {
        return write(communityId, source, events, UnknownMembers.REJECT);
    }

    private IngestResult write(UUID communityId, String source, List<EventInput> events, UnknownMembers unknown) {
        long t0 = System.nanoTime();
        requireWritable(communityId);
        long t1 = System.nanoTime();
        if (!EventRules.validSource(source)) {
            throw new UserFacingException("engagement.error.source", "source");
        }
        Instant now = clock.instant();
        List<EventProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EventRules.check(i, events.get(i), now, problems);
        }
        if (!problems.isEmpty()) {
            throw new EventBatchRejectedException(problems);
        }
        long t2 = System.nanoTime();
        String[] keys = new String[events.size()];
        Map<String, MemberRef> refs = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = events.get(i).member().key();
            refs.putIfAbsent(keys[i], events.get(i).member());
        }
        Map<String, UUID> members = resolver.resolve(communityId, refs);
        int created = 0;
        if (members.size() < refs.size()) {
            Set<MemberRef> missing = new java.util.LinkedHashSet<>();
            refs.forEach((key, ref) -> {
                if (!members.containsKey(key)) {
                    missing.add(ref);
                }
            });
            Map<String, UUID> made = unknown.create(communityId, missing);
            created = made.size();
            members.putAll(made);
        }
        List<ResolvedEvent> resolved = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            UUID member = members.get(keys[i]);
            if (member == null) {
                problems.add(new EventProblem(i, "member", "engagement.error.unknownMember"));
            } else {
                resolved.add(new ResolvedEvent(i, events.get(i), member));
            }
        }
        if (!problems.isEmpty()) {
            throw new EventBatchRejectedException(problems);
        }
        long t3 = System.nanoTime();
        partitions.ensureFor(events.stream().map(event -> Objects.requireNonNull(event.occurredAt())).toList());
        long t4 = System.nanoTime();
        int written = 0;
        Set<Integer> accepted = new java.util.HashSet<>();
        String cleanSource = source.strip();
        for (int from = 0; from < resolved.size(); from += CHUNK) {
            EventWriter.Written chunk = writer.write(communityId, cleanSource,
                    resolved.subList(from, Math.min(resolved.size(), from + CHUNK)), now);
            written += chunk.written();
            accepted.addAll(chunk.acceptedKeyed());
        }
        long t5 = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("Batch of {} in µs: access {}, check {}, resolve {}, partitions {}, write {}", events.size(),
                    (t1 - t0) / 1000, (t2 - t1) / 1000, (t3 - t2) / 1000, (t4 - t3) / 1000, (t5 - t4) / 1000);
        }
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).eventKey() != null && !accepted.contains(i)) {
                duplicates.add(i);
            }
        }
        return new IngestResult(events.size(), written, duplicates, created);
    }

    /**
     * Refuses (404) a community the user may not write events to, before a caller reads a batch for it. The answer
     * is remembered for a few seconds (see {@link WritableCommunities}).
     */
    @Transactional(readOnly = true)
    public void requireWritable(UUID communityId) {
        communities.require(communityId);
    }
}
