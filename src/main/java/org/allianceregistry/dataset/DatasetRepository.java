package org.allianceregistry.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allianceregistry.dataset.DatasetResponse.FileResponse;
import org.allianceregistry.dataset.ParsedDataset.ParsedAlliance;
import org.allianceregistry.dataset.ParsedDataset.ParsedFile;
import org.allianceregistry.dataset.ParsedDataset.ParsedMember;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The imported datasets, in plain SQL: an import writes thousands of rows in a few JDBC
 * batches, and the reads are record projections of filtered rows, with no entity to
 * manage. Every query says which dataset it reads.
 */
@Repository
class DatasetRepository {

    private static final String ALLIANCE_COLUMNS = """
            a.dataset_id, a.alliance_number, a.cow_number, a.type_label, a.start_date, a.start_precision, a.end_date,
            a.end_precision, a.phase_count, a.defence, a.offence, a.neutrality, a.non_aggression, a.consultation,
            a.source_file, a.source_line,
            (SELECT COUNT(*) FROM dataset_members c WHERE c.dataset_id = a.dataset_id
             AND c.alliance_number = a.alliance_number) AS member_rows""";

    private static final String MEMBER_COLUMNS = """
            m.state_code, m.state_name, m.phase, m.entry_date, m.entry_precision, m.exit_date, m.exit_precision,
            m.defence, m.offence, m.neutrality, m.non_aggression, m.consultation, m.defence_conditions,
            m.offence_conditions, m.neutrality_conditions, m.consultation_conditions, m.no_other_alliance,
            m.source_file, m.source_line""";

    /** A member row possibly in the alliance on :day, its exit day included. */
    private static final String ON_DAY = "m.entry_date <= :day AND (m.exit_latest IS NULL OR m.exit_latest >= :day)";

    private static final Map<String, String> SORT_COLUMNS = Map.of("number", "a.alliance_number", "start",
            "a.start_date", "stateCode", "m.state_code", "entry", "m.entry_date", "id", "id");

    private final JdbcTemplate jdbc;

    private final JdbcClient sql;

    DatasetRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sql = JdbcClient.create(jdbc);
    }

    /**
     * A dataset as imported: its row version, content hash, who and when, files and
     * figures.
     */
    record Stored(long version, String contentSha256, Instant importedAt, String importedBy, DatasetFigures figures,
            List<FileResponse> files) {

    }

    Optional<Stored> find(DatasetKind kind) {
        List<FileResponse> files = sql.sql(
                "SELECT file_name, sha256, byte_count, row_count FROM dataset_files WHERE dataset_id = ? ORDER BY file_name")
            .param(kind.id())
            .query((rs, n) -> new FileResponse(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
            .list();
        return sql
            .sql("""
                    SELECT version, content_sha256, imported_at, imported_by, alliance_count, member_row_count,
                           alliances_in_effect_at_coverage_end, members_in_effect_at_coverage_end, multi_phase_alliance_count,
                           non_aggression_only_count, state_count, member_year_count
                    FROM datasets WHERE id = ?""")
            .param(kind.id())
            .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                    rs.getString(4),
                    new DatasetFigures(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                            rs.getInt(10), rs.getInt(11), rs.getInt(12)),
                    files))
            .optional();
    }

    /**
     * Stores {@code dataset} in place of what was stored of it (nothing, or an earlier
     * import), in the caller's transaction; returns the dataset's new row version.
     */
    long replace(ParsedDataset dataset, String contentSha256, Instant importedAt, String importedBy) {
        String id = dataset.kind().id();
        sql.sql("DELETE FROM dataset_members WHERE dataset_id = ?").param(id).update();
        sql.sql("DELETE FROM dataset_alliances WHERE dataset_id = ?").param(id).update();
        sql.sql("DELETE FROM dataset_files WHERE dataset_id = ?").param(id).update();
        DatasetFigures figures = dataset.figures();
        Object[] values = { contentSha256, Timestamp.from(importedAt), importedBy, figures.alliances(),
                figures.memberRows(), figures.alliancesInEffectAtCoverageEnd(),
                figures.memberRowsInEffectAtCoverageEnd(), figures.multiPhaseAlliances(),
                figures.nonAggressionOnlyPacts(), figures.states(), figures.memberYears(), id };
        int updated = jdbc.update("""
                UPDATE datasets SET version = version + 1, content_sha256 = ?, imported_at = ?, imported_by = ?,
                    alliance_count = ?, member_row_count = ?, alliances_in_effect_at_coverage_end = ?,
                    members_in_effect_at_coverage_end = ?, multi_phase_alliance_count = ?,
                    non_aggression_only_count = ?, state_count = ?, member_year_count = ?
                WHERE id = ?""", values);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO datasets (content_sha256, imported_at, imported_by, alliance_count, member_row_count,
                        alliances_in_effect_at_coverage_end, members_in_effect_at_coverage_end,
                        multi_phase_alliance_count, non_aggression_only_count, state_count, member_year_count, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        }
        List<Object[]> files = new ArrayList<>();
        for (ParsedFile file : dataset.files()) {
            files.add(new Object[] { id, file.name(), file.sha256(), file.bytes(), file.rows() });
        }
        jdbc.batchUpdate(
                "INSERT INTO dataset_files (dataset_id, file_name, sha256, byte_count, row_count) VALUES (?, ?, ?, ?, ?)",
                files);
        List<Object[]> alliances = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (ParsedAlliance alliance : dataset.alliances()) {
            alliances.add(row(new Object[] { id, alliance.number(), alliance.cowNumber(), alliance.typeLabel() },
                    alliance.start(), alliance.end(), new Object[] { alliance.phaseCount() }, alliance.obligations(),
                    alliance.source()));
            for (ParsedMember member : alliance.members()) {
                ObligationConditions conditions = member.conditions();
                members.add(row(
                        new Object[] { id, alliance.number(), member.stateCode(), member.stateName(), member.phase() },
                        member.entry(), member.exit(), new Object[0], member.obligations(), member.source(),
                        ObligationConditions.stored(conditions.defence()),
                        ObligationConditions.stored(conditions.offence()),
                        ObligationConditions.stored(conditions.neutrality()),
                        ObligationConditions.stored(conditions.consultation()), conditions.noOtherAlliance()));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO dataset_alliances (dataset_id, alliance_number, cow_number, type_label, start_date,
                    start_precision, start_latest, end_date, end_precision, end_latest, phase_count, defence, offence,
                    neutrality, non_aggression, consultation, source_file, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", alliances);
        jdbc.batchUpdate("""
                INSERT INTO dataset_members (dataset_id, alliance_number, state_code, state_name, phase, entry_date,
                    entry_precision, entry_latest, exit_date, exit_precision, exit_latest, defence, offence,
                    neutrality, non_aggression, consultation, source_file, source_line, defence_conditions,
                    offence_conditions, neutrality_conditions, consultation_conditions, no_other_alliance)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", members);
        return sql.sql("SELECT version FROM datasets WHERE id = ?").param(id).query(Long.class).single();
    }

    /**
     * The dataset's alliances, filtered: with {@code states} (any of the codes),
     * {@code day} or both, those with a member row that matches them all and, with
     * {@code obligation}, holds it itself; with only {@code obligation}, those in which
     * any member holds it.
     */
    Page<DatasetAllianceSummaryResponse> alliances(DatasetKind kind, List<Integer> states, @Nullable LocalDate day,
            @Nullable Obligation obligation, Pageable pageable) {
        StringBuilder where = new StringBuilder("a.dataset_id = :dataset");
        if (!states.isEmpty() || day != null) {
            where.append(" AND EXISTS (SELECT 1 FROM dataset_members m WHERE m.dataset_id = a.dataset_id")
                .append(" AND m.alliance_number = a.alliance_number");
            if (!states.isEmpty()) {
                where.append(" AND m.state_code IN (:states)");
            }
            if (day != null) {
                where.append(" AND ").append(ON_DAY);
            }
            if (obligation != null) {
                where.append(" AND ").append(obligation.condition("m"));
            }
            where.append(")");
        }
        else if (obligation != null) {
            where.append(" AND ").append(obligation.condition("a"));
        }
        var count = sql.sql("SELECT COUNT(*) FROM dataset_alliances a WHERE " + where).param("dataset", kind.id());
        var select = sql
            .sql("SELECT " + ALLIANCE_COLUMNS + " FROM dataset_alliances a WHERE " + where
                    + orderBy(pageable.getSort(), "a.alliance_number") + " LIMIT :limit OFFSET :offset")
            .param("dataset", kind.id())
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset());
        if (!states.isEmpty()) {
            count = count.param("states", states);
            select = select.param("states", states);
        }
        if (day != null) {
            count = count.param("day", day);
            select = select.param("day", day);
        }
        long total = count.query(Long.class).single();
        return new PageImpl<>(select.query((rs, n) -> alliance(rs)).list(), pageable, total);
    }

    Optional<DatasetAllianceSummaryResponse> alliance(DatasetKind kind, int number) {
        return sql
            .sql("SELECT " + ALLIANCE_COLUMNS
                    + " FROM dataset_alliances a WHERE a.dataset_id = ? AND a.alliance_number = ?")
            .params(kind.id(), number)
            .query((rs, n) -> alliance(rs))
            .optional();
    }

    /** Every member row of the alliance, in phase and entry order. */
    List<DatasetMemberResponse> members(DatasetKind kind, int number) {
        return sql.sql("SELECT " + MEMBER_COLUMNS + """
                 FROM dataset_members m WHERE m.dataset_id = ? AND m.alliance_number = ?
                ORDER BY m.phase, m.entry_date, m.state_code, m.id""")
            .params(kind.id(), number)
            .query((rs, n) -> member(rs, null))
            .list();
    }

    /** The alliance's member rows possibly in effect on {@code day}, or all of them. */
    Page<DatasetMemberResponse> members(DatasetKind kind, int number, @Nullable LocalDate day, Pageable pageable) {
        String where = "m.dataset_id = :dataset AND m.alliance_number = :number"
                + (day == null ? "" : " AND " + ON_DAY);
        var count = sql.sql("SELECT COUNT(*) FROM dataset_members m WHERE " + where)
            .param("dataset", kind.id())
            .param("number", number);
        var select = sql
            .sql("SELECT " + MEMBER_COLUMNS + " FROM dataset_members m WHERE " + where
                    + orderBy(pageable.getSort(), "m.state_code") + " LIMIT :limit OFFSET :offset")
            .param("dataset", kind.id())
            .param("number", number)
            .param("limit", pageable.getPageSize())
            .param("offset", pageable.getOffset());
        if (day != null) {
            count = count.param("day", day);
            select = select.param("day", day);
        }
        long total = count.query(Long.class).single();
        return new PageImpl<>(select.query((rs, n) -> member(rs, day)).list(), pageable, total);
    }

    private static String orderBy(Sort sort, String fallback) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column != null) {
                orders.add((column.equals("id") ? fallback : column) + (order.isAscending() ? " ASC" : " DESC"));
            }
        }
        if (orders.isEmpty()) {
            orders.add(fallback + " ASC");
        }
        // Ties (a state in two rows of one alliance) in file order: stable pages.
        return " ORDER BY " + String.join(", ", orders) + (fallback.startsWith("m.") ? ", m.id" : "");
    }

    private static Object[] row(Object[] head, DatasetDate start, @Nullable DatasetDate end, Object[] middle,
            Obligations obligations, SourceLine source, @Nullable Object... tail) {
        List<Object> values = new ArrayList<>(Arrays.asList(head));
        values.add(start.earliest());
        values.add(start.precision().name());
        values.add(start.latest());
        values.add(end == null ? null : end.earliest());
        values.add(end == null ? null : end.precision().name());
        values.add(end == null ? null : end.latest());
        values.addAll(Arrays.asList(middle));
        values.add(obligations.defence());
        values.add(obligations.offence());
        values.add(obligations.neutrality());
        values.add(obligations.nonAggression());
        values.add(obligations.consultation());
        values.add(source.file());
        values.add(source.line());
        values.addAll(Arrays.asList(tail));
        return values.toArray();
    }

    private static DatasetAllianceSummaryResponse alliance(ResultSet rs) throws SQLException {
        DatasetDate end = date(rs, "end_date", "end_precision");
        return new DatasetAllianceSummaryResponse(rs.getString("dataset_id"), rs.getInt("alliance_number"),
                integer(rs, "cow_number"), rs.getString("type_label"), date(rs, "start_date", "start_precision"), end,
                end == null, rs.getInt("phase_count"), obligations(rs), rs.getInt("member_rows"),
                new SourceLine(rs.getString("source_file"), rs.getInt("source_line")));
    }

    private static DatasetMemberResponse member(ResultSet rs, @Nullable LocalDate day) throws SQLException {
        DatasetDate entry = date(rs, "entry_date", "entry_precision");
        DatasetDate exit = date(rs, "exit_date", "exit_precision");
        Boolean certain = day == null ? null
                : !entry.latest().isAfter(day) && (exit == null || !exit.earliest().isBefore(day));
        return new DatasetMemberResponse(rs.getInt("state_code"), rs.getString("state_name"), integer(rs, "phase"),
                entry, exit, obligations(rs),
                new ObligationConditions(ObligationConditions.read(rs.getString("defence_conditions")),
                        ObligationConditions.read(rs.getString("offence_conditions")),
                        ObligationConditions.read(rs.getString("neutrality_conditions")),
                        ObligationConditions.read(rs.getString("consultation_conditions")),
                        bool(rs, "no_other_alliance")),
                new SourceLine(rs.getString("source_file"), rs.getInt("source_line")), certain);
    }

    private static Obligations obligations(ResultSet rs) throws SQLException {
        return new Obligations(bool(rs, "defence"), bool(rs, "offence"), bool(rs, "neutrality"),
                bool(rs, "non_aggression"), bool(rs, "consultation"));
    }

    private static @Nullable DatasetDate date(ResultSet rs, String column, String precision) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null
                : DatasetDate.of(date, org.allianceregistry.shared.Precision.valueOf(rs.getString(precision)));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

}
