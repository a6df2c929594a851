package org.allianceregistry.revision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and bumps the data revision. It lives in the database, not in memory, so that every instance of the service
 * sees the same revision and a change made through one instance is seen by the others at their next request.
 */
@Service
public class RegistryRevisionService {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegistryRevisionService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegistryRevision current() {
        return jdbc.queryForObject("SELECT revision, changed_at FROM registry_revision WHERE id = 1",
                (row, index) -> new RegistryRevision(row.getLong(1), row.getTimestamp(2).toInstant()));
    }

    /**
     * Records that the data changed. Must run inside the transaction of the change itself (it refuses to run
     * without one), so a rolled-back change leaves the revision as it was; the row lock also orders concurrent writes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RegistryRevision bump() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        jdbc.update("UPDATE registry_revision SET revision = revision + 1, changed_at = ? WHERE id = 1", Timestamp.from(now));
        return current();
    }
}
