package app.communityops.audit;

import app.communityops.shared.Audited;
import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Records every insert, update and delete of an {@link Audited} entity, in the same transaction as the change.
 * Updates list only the fields that changed; masked fields say that they changed but not to what.
 */
@Component
class AuditingEntityListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final String MASK = "••••••";
    private static final Set<String> SKIPPED = Set.of("version", "createdAt", "tenantId");

    private final EntityManagerFactory entityManagerFactory;
    private final AuditLog auditLog;

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
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Audited audited = event.getEntity().getClass().getAnnotation(Audited.class);
        if (audited != null) {
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
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static String typeOf(Object entity) {
        return entity.getClass().getSimpleName();
    }

    /** Field to new value; with old state given, only the fields whose value differs. */
    private static Map<String, Object> values(EntityPersister persister, Object[] state, Object[] oldState,
                                              Audited audited) {
        String[] names = persister.getPropertyNames();
        Set<String> masked = Set.copyOf(Arrays.asList(audited.masked()));
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (SKIPPED.contains(names[i]) || oldState != null && Objects.equals(oldState[i], state[i])) {
                continue;
            }
            Object value = state[i];
            changes.put(names[i], masked.contains(names[i]) ? MASK : value == null ? null : String.valueOf(value));
        }
        return changes;
    }
}
