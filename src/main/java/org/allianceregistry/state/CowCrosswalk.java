package org.allianceregistry.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The crosswalk from COW state numbers to the registry's states over time
 * ({@code cow_state_codes}, a seed of curated facts), in plain SQL: it is read, never
 * edited through the API.
 */
@Repository
class CowCrosswalk {

    private final JdbcClient sql;

    CowCrosswalk(JdbcTemplate jdbc) {
        this.sql = JdbcClient.create(jdbc);
    }

    /** The ids of the states {@code cowCode} stood for on {@code day}, or ever. */
    List<Long> statesFor(int cowCode, @Nullable LocalDate day) {
        String onDay = day == null ? "" : " AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)";
        var query = sql.sql("SELECT DISTINCT member_state_id FROM cow_state_codes WHERE cow_code = :code" + onDay)
            .param("code", cowCode);
        if (day != null) {
            query = query.param("day", day);
        }
        return query.query(Long.class).list();
    }

    /** The COW numbers of each of the states, in order of validity. */
    Map<Long, List<CowCode>> codesOf(Collection<Long> stateIds) {
        Map<Long, List<CowCode>> codes = new LinkedHashMap<>();
        if (stateIds.isEmpty()) {
            return codes;
        }
        sql.sql("""
                SELECT c.member_state_id, c.cow_code, c.valid_from, c.valid_to, c.verification, c.note, s.code
                FROM cow_state_codes c JOIN sources s ON s.id = c.source_id
                WHERE c.member_state_id IN (:ids) ORDER BY c.valid_from, c.cow_code""")
            .param("ids", stateIds)
            .query(rs -> {
                codes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new CowCode(rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                            Verification.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)));
            });
        return codes;
    }

    /** Every row, with the states' ISO codes. */
    List<CowStateCode> all() {
        return sql.sql("""
                SELECT c.cow_code, m.iso2, m.iso3, m.name_en, c.valid_from, c.valid_to
                FROM cow_state_codes c JOIN member_states m ON m.id = c.member_state_id
                ORDER BY c.cow_code, c.valid_from""")
            .query((rs, n) -> new CowStateCode(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
            .list();
    }

}
