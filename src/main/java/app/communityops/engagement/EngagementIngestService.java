package app.communityops.engagement;

import app.communityops.community.CommunityService;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
@PreAuthorize("hasAnyRole('" + Roles.TENANT_ADMIN + "', '" + Roles.OPERATOR + "')")
public class EngagementIngestService {

    /** Events written per COPY when a file brings more than one batch. */
    static final int CHUNK = 5_000;

    private final CommunityService communities;
    private final MemberResolver resolver;
    private final EventPartitions partitions;
    private final EventWriter writer;
    private final Clock clock;

    EngagementIngestService(CommunityService communities, MemberResolver resolver, EventPartitions partitions,
                            EventWriter writer, Clock clock) {
        this.communities = communities;
        this.resolver = resolver;
        this.partitions = partitions;
        this.writer = writer;
        this.clock = clock;
    }

    /** One batch from an integration: at most {@link EventRules#MAX_BATCH} events. */
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
        requireWritable(communityId);
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
        Map<String, MemberRef> refs = new LinkedHashMap<>();
        events.forEach(event -> refs.putIfAbsent(event.member().key(), event.member()));
        Map<String, UUID> members = new HashMap<>(resolver.resolve(refs.values()));
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
            UUID member = members.get(events.get(i).member().key());
            if (member == null) {
                problems.add(new EventProblem(i, "member", "engagement.error.unknownMember"));
            } else {
                resolved.add(new ResolvedEvent(i, events.get(i), member));
            }
        }
        if (!problems.isEmpty()) {
            throw new EventBatchRejectedException(problems);
        }
        partitions.ensureFor(events.stream().map(event -> Objects.requireNonNull(event.occurredAt())).toList());
        int written = 0;
        Set<Integer> accepted = new java.util.HashSet<>();
        String cleanSource = source.strip();
        for (int from = 0; from < resolved.size(); from += CHUNK) {
            EventWriter.Written chunk = writer.write(communityId, cleanSource,
                    resolved.subList(from, Math.min(resolved.size(), from + CHUNK)), now);
            written += chunk.written();
            accepted.addAll(chunk.acceptedKeyed());
        }
        List<Integer> duplicates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).eventKey() != null && !accepted.contains(i)) {
                duplicates.add(i);
            }
        }
        return new IngestResult(events.size(), written, duplicates, created);
    }

    private void requireWritable(UUID communityId) {
        if (communities.find(communityId).isEmpty() || CurrentUser.require().hasRole(Roles.CLIENT)) {
            throw new NotFoundException();
        }
    }
}
