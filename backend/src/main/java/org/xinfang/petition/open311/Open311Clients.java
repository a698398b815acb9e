package org.xinfang.petition.open311;

import java.time.Clock;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.petition.abuse.Submitter;
import org.xinfang.petition.audit.AuditTrail;
import org.xinfang.petition.privacy.ClientKeys;
import org.xinfang.petition.security.CurrentStaff;
import org.xinfang.petition.shared.PetitionException;
import org.xinfang.petition.shared.PlainText;

/**
 * The Open311 client applications: administrators register one (its api_key shown once) and revoke it, for the
 * admin API and the workbench alike; a filing names its application by the key, which must be a live one.
 */
@Service
public class Open311Clients {

    static final String KEY_PREFIX = "xfo_";
    private static final String KEY_PURPOSE = "open311-api-key";
    private static final int MAX_NAME = 100;

    private final Open311ClientRepository clients;
    private final ClientKeys keys;
    private final Open311Properties properties;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    Open311Clients(
            Open311ClientRepository clients,
            ClientKeys keys,
            Open311Properties properties,
            CurrentStaff currentStaff,
            AuditTrail audit,
            Clock clock) {
        this.clients = clients;
        this.audit = audit;
        this.keys = keys;
        this.properties = properties;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** Every application, revoked ones too, in the order they were registered. */
    @Transactional(readOnly = true)
    public List<Open311ClientView> all() {
        return clients.findAllByOrderById().stream().map(Open311Client::view).toList();
    }

    /** Registers an application; the answer holds its api_key, which is never shown again. */
    @Transactional
    public Registered register(NewClient request) {
        String name = PlainText.Rule.checkedName("name", request.name(), MAX_NAME);
        String key = keys.newKey(KEY_PREFIX);
        Open311Client client =
                clients.saveAndFlush(new Open311Client(name, keys.hashOf(KEY_PURPOSE, key), clock.instant(), actor()));
        audit.recordChange("OPEN311_CLIENT_REGISTERED", null, "open311 client " + client.getId() + " " + name);
        return new Registered(client.view(), key);
    }

    /** Revokes an application for good: its key stops filing now; the cases it filed stay. */
    @Transactional
    public Open311ClientView revoke(Long id) {
        Open311Client client =
                clients.findById(id).orElseThrow(() -> PetitionException.notFound("open311.client-not-found", id));
        if (client.isRevoked()) {
            throw PetitionException.conflict("open311.client-revoked", id);
        }
        client.revoke(clock.instant(), actor());
        try {
            clients.saveAndFlush(client);
        } catch (ObjectOptimisticLockingFailureException changed) {
            throw PetitionException.conflict("open311.client-concurrent", id);
        }
        audit.recordChange("OPEN311_CLIENT_REVOKED", null, "open311 client " + id);
        return client.view();
    }

    /**
     * The application a filing's api_key names, counted under its own limit; a missing, unknown or revoked key is
     * refused alike (403).
     */
    @Transactional(readOnly = true)
    Submitter submitterOf(String apiKey) {
        if (apiKey == null || !apiKey.startsWith(KEY_PREFIX)) {
            throw PetitionException.forbidden("open311.api-key-invalid");
        }
        return clients.findByKeyHash(keys.hashOf(KEY_PURPOSE, apiKey))
                .filter(client -> !client.isRevoked())
                .map(client -> Submitter.application("open311", client.getId(), properties.submissionsPerClient()))
                .orElseThrow(() -> PetitionException.forbidden("open311.api-key-invalid"));
    }

    private String actor() {
        return currentStaff.get().username();
    }

    /** What an administrator asks to register: the application's name. */
    public record NewClient(@PlainText String name) {}

    /** An application and its api_key, which is shown this once. */
    public record Registered(Open311ClientView client, String key) {}
}
