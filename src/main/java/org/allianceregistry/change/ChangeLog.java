package org.allianceregistry.change;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.allianceregistry.revision.RegistryRevisionService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change in the transaction of the change, with the record before and
 * after. The write already holds the revision lock ({@code WriteTransactionLock}); the
 * first change recorded bumps the data revision, and a write that records none (a
 * correction to the values the record already has) leaves the revision, the audit trail
 * and every cached read as they were.
 */
@Service
public class ChangeLog {

    private static final Object BUMPED = new Object();

    private final JdbcTemplate jdbc;

    private final RegistryRevisionService revisions;

    private final Clock clock;

    private final JsonMapper json;

    ChangeLog(JdbcTemplate jdbc, RegistryRevisionService revisions, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.revisions = revisions;
        this.clock = clock;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, @Nullable Long id, String key, Object after) {
        record(ChangeAction.CREATE, entityType, id, key, null, after);
    }

    /**
     * Records an update, unless the record reads the same after it as before: then
     * nothing changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, @Nullable Long id, String key, Object before, Object after) {
        if (!json.valueToTree(before).equals(json.valueToTree(after))) {
            record(ChangeAction.UPDATE, entityType, id, key, before, after);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, @Nullable Long id, String key, Object before) {
        record(ChangeAction.DELETE, entityType, id, key, before, null);
    }

    private void record(ChangeAction action, String entityType, @Nullable Long id, String key, @Nullable Object before,
            @Nullable Object after) {
        if (!TransactionSynchronizationManager.hasResource(BUMPED)) {
            revisions.bump();
            TransactionSynchronizationManager.bindResource(BUMPED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BUMPED);
                }
            });
        }
        long revision = revisions.current().number();
        jdbc.update(
                """
                        INSERT INTO changes (changed_at, editor, action, entity_type, entity_id, entity_key, revision, before_json, after_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)), editor(), action.name(), entityType, id,
                key.length() > 300 ? key.substring(0, 300) : key, revision,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after));
    }

    private static String editor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

}
