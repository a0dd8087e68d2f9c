package app.communityops.clients;

import app.communityops.shared.Access;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.UserFacingException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's clients. Tenant admins manage them; staff read them to assign communities. */
@Service
public class ClientService {

    private final ClientRepository clients;

    ClientService(ClientRepository clients) {
        this.clients = clients;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF)
    public List<ClientSummary> list() {
        return clients.findAllByOrderByNameAsc().stream().map(Client::toSummary).toList();
    }

    /** A client by id; client users may read only their own. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_OWN_CLIENT)
    public Optional<ClientSummary> find(UUID id) {
        return clients.findById(id).map(Client::toSummary);
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ClientSummary create(ClientForm form) {
        requireUniqueName(form.getName(), new UUID(0, 0));
        return clients.saveAndFlush(new Client(form)).toSummary();
    }

    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ClientSummary update(UUID id, long expectedVersion, ClientForm form) {
        Client client = clients.findById(id).orElseThrow(NotFoundException::new);
        if (client.getVersion() == null || client.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        requireUniqueName(form.getName(), id);
        client.apply(form);
        return clients.saveAndFlush(client).toSummary();
    }

    /**
     * Grants or withdraws the client's users' access to the contact fields of its communities' members. The change
     * is audited like every change of a client (the entity is {@code @Audited}), naming the field and both values.
     */
    @Transactional
    @PreAuthorize(Access.TENANT_ADMIN)
    public ClientSummary setContactAccess(UUID id, long expectedVersion, boolean granted) {
        Client client = clients.findById(id).orElseThrow(NotFoundException::new);
        if (client.getVersion() == null || client.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        client.grantContactAccess(granted);
        return clients.saveAndFlush(client).toSummary();
    }

    /** Whether the client's users may read member contact fields; a client user may ask only about its own. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.STAFF_OR_OWN_CLIENT)
    public boolean contactAccess(UUID id) {
        return clients.findById(id).map(client -> client.toSummary().contactAccess()).orElse(false);
    }

    private void requireUniqueName(String name, UUID exceptId) {
        if (clients.nameTaken(name.strip(), exceptId)) {
            throw new UserFacingException("client.error.nameTaken", "name");
        }
    }
}
