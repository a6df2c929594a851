package org.allianceregistry.fuzz;

import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The records the registry holds right now, as far as the generators aim at them: natural
 * keys and ids with their versions (for {@code If-Match}) and the open membership periods
 * (for acts, chairs and participants that can pass). Read from the database at the start
 * and again after each successful write.
 */
record Records(Map<Kind, List<Ref>> refs, List<OpenPeriod> openPeriods) {

    enum Kind {

        ALLIANCE("SELECT code, version FROM alliances ORDER BY id"),
        STATE("SELECT iso2, version, iso3 FROM member_states ORDER BY id"),
        SOURCE("SELECT code, version FROM sources ORDER BY id"),
        MEMBERSHIP("SELECT id, version FROM memberships ORDER BY id"),
        WITHDRAWAL("SELECT id, version FROM withdrawals ORDER BY id"),
        CHAIRMANSHIP("SELECT id, version FROM chairmanship_terms ORDER BY id"),
        EVENT("SELECT id, version FROM alliance_events ORDER BY id"),
        PROTOCOL("SELECT id, version FROM treaty_protocols ORDER BY id");

        private final String query;

        Kind(String query) {
            this.query = query;
        }

    }

    /**
     * A record's key in URLs (code or id), its version and, for a state, its alpha-3
     * code.
     */
    record Ref(String key, long version, String alias) {
    }

    /**
     * A membership period without an end: the state is a member of the alliance since
     * {@code start}.
     */
    record OpenPeriod(String alliance, String iso2, String iso3, String start) {
    }

    static Records read(RegistryDatabase database) throws SQLException {
        Map<Kind, List<Ref>> refs = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            refs.put(kind,
                    database.rows(kind.query, kind == Kind.STATE ? 3 : 2)
                        .stream()
                        .map(row -> new Ref(row[0], Long.parseLong(row[1]), row.length > 2 ? row[2] : row[0]))
                        .toList());
        }
        List<OpenPeriod> open = database
            .rows("SELECT a.code, s.iso2, s.iso3, m.start_date FROM memberships m "
                    + "JOIN alliances a ON a.id = m.alliance_id JOIN member_states s ON s.id = m.member_state_id "
                    + "WHERE m.end_date IS NULL ORDER BY m.id", 4)
            .stream()
            .map(row -> new OpenPeriod(row[0], row[1], row[2], row[3]))
            .toList();
        return new Records(refs, open);
    }

    /**
     * The {@code pick}-th record of the kind (wrapping round), or null when there is
     * none.
     */
    Ref pick(Kind kind, int pick) {
        List<Ref> list = refs.get(kind);
        return list.isEmpty() ? null : list.get(Math.floorMod(pick, list.size()));
    }

    /** An open period, in {@code alliance} when it has one. */
    OpenPeriod open(String alliance, int pick) {
        List<OpenPeriod> inAlliance = openPeriods.stream()
            .filter(period -> period.alliance().equals(alliance))
            .toList();
        List<OpenPeriod> from = inAlliance.isEmpty() ? openPeriods : inAlliance;
        return from.isEmpty() ? new OpenPeriod(alliance, "AM", "ARM", "1992-05-15")
                : from.get(Math.floorMod(pick, from.size()));
    }

    /** The version of the record a path names by this key, if the key names one. */
    Long version(Kind kind, String key) {
        for (Ref ref : refs.get(kind)) {
            if (ref.key().equalsIgnoreCase(key) || ref.alias().equalsIgnoreCase(key)) {
                return ref.version();
            }
        }
        return null;
    }
}
