package app.communityops.audit;

import app.communityops.shared.Audited;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records every insert, update and delete of an {@link Audited} entity, in the same transaction as the change.
 * Updates list only the fields that changed; masked fields say that they changed but not to what.
 *
 * <p>Collections (a community's operators) change without the owner's columns changing, so they are recorded
 * from Hibernate's collection events as an update of the owner naming the collection and its new contents.
 * Two collection events are not news: the first write of a new owner's collection (its creation entry already
 * lists the contents) and a collection rewritten with the same elements (services clear and refill sets).
 */
@Component
class AuditingEntityListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PreCollectionUpdateEventListener, PostCollectionUpdateEventListener, PostCollectionRecreateEventListener,
        PostCollectionRemoveEventListener {

    private static final String MASK = "••••••";
    private static final Set<String> SKIPPED = Set.of("version", "createdAt", "tenantId");

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog auditLog;
    /** Per session, the collection instances whose next event is not to be recorded; dropped with the session. */
    private final Map<Object, Set<Object>> silenced = Collections.synchronizedMap(new WeakHashMap<>());

    AuditingEntityListener(EntityManagerFactory entityManagerFactory, AuditLog auditLog) {
        this.entityManagerFactory = entityManagerFactory;
        this.auditLog = auditLog;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
        if (audited != null) {
            for (Object value : event.getState()) {
                if (value instanceof PersistentCollection<?> collection) {
                    silenced(event.getSession()).add(collection);
                }
            }
            auditLog.record(AuditAction.CREATE, typeOf(event.getEntity()), String.valueOf(event.getId()),
                    values(event.getPersister(), event.getState(), null, audited));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
        if (audited != null) {
            Map<String, Object> changes = values(event.getPersister(), event.getState(), event.getOldState(), audited);
            if (!changes.isEmpty()) {
                auditLog.record(AuditAction.UPDATE, typeOf(event.getEntity()), String.valueOf(event.getId()), changes);
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (event.getEntity().getClass().isAnnotationPresent(Audited.class)) {
            auditLog.record(AuditAction.DELETE, typeOf(event.getEntity()), String.valueOf(event.getId()), Map.of());
        }
    }

    @Override
    public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        var entry = event.getSession().getPersistenceContextInternal().getCollectionEntry(collection);
        if (audited(event) != null && entry != null && entry.getLoadedPersister() != null
                && collection.equalsSnapshot(entry.getLoadedPersister())) {
            silenced(event.getSession()).add(collection);
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        recordCollection(event, event.getCollection());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        recordCollection(event, event.getCollection());
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || audited(event) == null || beingDeleted(event.getSession(), owner)) {
            return;
        }
        // A collection replaced by a new one is removed, then the new one is recreated and recorded then.
        Object current = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner)
                .getPropertyValue(owner, fieldOf(event));
        if (current == null) {
            recordCollection(event, null);
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void recordCollection(AbstractCollectionEvent event, @Nullable PersistentCollection<?> collection) {
        Audited audited = audited(event);
        Object owner = event.getAffectedOwnerOrNull();
        if (audited == null || owner == null || collection != null && unsilence(event.getSession(), collection)) {
            return;
        }
        String field = fieldOf(event);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put(field, Set.of(audited.masked()).contains(field) ? MASK : render(collection));
        auditLog.record(AuditAction.UPDATE, typeOf(owner), String.valueOf(event.getAffectedOwnerIdOrNull()), changes);
    }

    private static @Nullable Audited audited(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        return owner == null ? null : owner.getClass().getAnnotation(Audited.class);
    }

    private static String fieldOf(AbstractCollectionEvent event) {
        // The role is "<owner entity name>.<property path>".
        String role = Objects.requireNonNull(event.getCollection().getRole(), "an owned collection has its role");
        return role.substring(event.getAffectedOwnerEntityName().length() + 1);
    }

    private static boolean beingDeleted(EventSource session, Object owner) {
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(owner);
        return entry == null || entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE;
    }

    private Set<Object> silenced(Object session) {
        return silenced.computeIfAbsent(session, key -> Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** True if the collection's event was to be skipped. Empties are dropped: a collection refers to its session. */
    private boolean unsilence(Object session, PersistentCollection<?> collection) {
        synchronized (silenced) {
            Set<Object> skipped = silenced.get(session);
            if (skipped == null || !skipped.remove(collection)) {
                return false;
            }
            if (skipped.isEmpty()) {
                silenced.remove(session);
            }
            return true;
        }
    }

    private static String typeOf(Object entity) {
        return entity.getClass().getSimpleName();
    }

    /** Field to new value; with old state given, only the fields whose value differs, collections aside. */
    private static Map<String, Object> values(EntityPersister persister, Object[] state, Object @Nullable [] oldState,
                                              Audited audited) {
        String[] names = persister.getPropertyNames();
        var types = persister.getPropertyTypes();
        Set<String> masked = Set.copyOf(Arrays.asList(audited.masked()));
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (SKIPPED.contains(names[i]) || oldState != null
                    && (types[i].isCollectionType() || Objects.equals(oldState[i], state[i]))) {
                continue;
            }
            Object value = state[i];
            changes.put(names[i], masked.contains(names[i]) ? MASK : render(value));
        }
        return changes;
    }

    /** Scalars as text; collections as a sorted list, so the same contents always read the same. */
    private static @Nullable Object render(@Nullable Object value) {
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).sorted().toList();
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
        }
        return value == null ? null : String.valueOf(value);
    }
}
