package org.allianceregistry.change;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.allianceregistry.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail oldest first, from a cursor (a change id) or a point in time. */
@Service
@Transactional(readOnly = true)
class ChangeService {

    private static final String COLUMNS = "id, changed_at, editor, action, entity_type, entity_id, entity_key, revision, before_json, after_json";

    /** What a timestamp column holds on both databases. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final JdbcTemplate jdbc;

    private final JsonMapper json;

    ChangeService(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The changes after {@code since}: a change id (exclusive: the last one already
     * seen), or an ISO 8601 instant or date (inclusive: changes made at or after it); all
     * changes when null.
     */
    public ChangesPage since(@Nullable String since, int size) {
        List<ChangeResponse> rows;
        if (since == null || since.isBlank()) {
            rows = jdbc.query("SELECT " + COLUMNS + " FROM changes ORDER BY id FETCH FIRST ? ROWS ONLY", this::row,
                    size + 1);
        }
        else if (since.trim().matches("\\d{1,18}")) {
            rows = jdbc.query("SELECT " + COLUMNS + " FROM changes WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                    this::row, Long.parseLong(since.trim()), size + 1);
        }
        else {
            rows = jdbc.query(
                    "SELECT " + COLUMNS + " FROM changes WHERE changed_at >= ? ORDER BY id FETCH FIRST ? ROWS ONLY",
                    this::row, Timestamp.from(instant(since.trim())), size + 1);
        }
        boolean more = rows.size() > size;
        List<ChangeResponse> content = more ? rows.subList(0, size) : rows;
        String next = content.isEmpty() ? (since == null ? "0" : since.trim())
                : String.valueOf(content.get(content.size() - 1).id());
        return new ChangesPage(List.copyOf(content), next, more);
    }

    private static Instant instant(String since) {
        Instant instant;
        try {
            instant = since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(since).toInstant();
        }
        catch (DateTimeParseException exception) {
            throw new InvalidParameterException("since", "'since' must be a change id (e.g. 42) or an ISO 8601 "
                    + "instant or date (2027-01-05T10:15:30Z, 2027-01-05).");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidParameterException("since", "'since' must lie between the years 1 and 9999.");
        }
        return instant;
    }

    private ChangeResponse row(ResultSet row, int index) throws SQLException {
        long entityId = row.getLong("entity_id");
        Long entity = row.wasNull() ? null : entityId;
        return new ChangeResponse(row.getLong("id"), row.getTimestamp("changed_at").toInstant(),
                row.getString("editor"), ChangeAction.valueOf(row.getString("action")), row.getString("entity_type"),
                entity, row.getString("entity_key"), row.getLong("revision"), tree(row.getString("before_json")),
                tree(row.getString("after_json")));
    }

    private @Nullable JsonNode tree(@Nullable String text) {
        return text == null ? null : json.readTree(text);
    }

}
