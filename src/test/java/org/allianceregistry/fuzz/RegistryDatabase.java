package org.allianceregistry.fuzz;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The H2 file the server has open, read over JDBC through H2's AUTO_SERVER mode:
 * whole-database dumps to prove that rejected writes change nothing, and the records the
 * generators aim at.
 */
final class RegistryDatabase implements AutoCloseable {

    private static final char SEPARATOR = ' ';

    /**
     * Columns longer than this (the audit trail's JSON images) are dumped as their length
     * and SHA-256.
     */
    private static final int HASHED_OVER = 10_000;

    private final Connection connection;

    private final List<String> tables;

    private final Map<String, String> selects = new LinkedHashMap<>();

    RegistryDatabase(String url) throws SQLException {
        connection = DriverManager.getConnection(url, "sa", "");
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.createStatement()
            .executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        tables = List.copyOf(names);
        for (String table : tables) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = connection.createStatement()
                .executeQuery("SELECT column_name, character_maximum_length "
                        + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '" + table
                        + "' ORDER BY ordinal_position")) {
                while (rows.next()) {
                    String column = "\"" + rows.getString(1) + "\"";
                    long length = rows.getLong(2);
                    columns.add(length > HASHED_OVER ? "CASE WHEN " + column + " IS NULL THEN NULL ELSE LENGTH("
                            + column + ") || ' chars, sha256 ' || RAWTOHEX(HASH('SHA-256', CAST(" + column
                            + " AS VARBINARY))) END AS " + column : column);
                }
            }
            selects.put(table, "SELECT " + String.join(", ", columns) + " FROM \"" + table + "\"");
        }
    }

    /**
     * Every row of every table, as text, sorted. Values are length-prefixed so that no
     * stored text can fake a column boundary; the audit trail's JSON images (columns over
     * {@value #HASHED_OVER} characters) come as length and SHA-256, so that the dump does
     * not grow with every change (equal up to a SHA-256 collision). Sequences (identity
     * counters) are not data and are left out: a rolled-back insert may advance them.
     */
    Dump dump() throws SQLException {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(5_000);
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(selects.get(table))) {
                    ResultSetMetaData meta = result.getMetaData();
                    int columns = meta.getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            String value = result.getString(column);
                            row.append(meta.getColumnName(column)).append('=');
                            row.append(value == null ? "NULL" : value.length() + ":" + value).append(SEPARATOR);
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                dump.put(table, List.copyOf(rows));
            }
        }
        return new Dump(dump);
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Rows of the first {@code columns} columns of the query, as text. */
    List<String[]> rows(String sql, int columns) throws SQLException {
        List<String[]> values = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                String[] row = new String[columns];
                for (int column = 0; column < columns; column++) {
                    row[column] = rows.getString(column + 1);
                }
                values.add(row);
            }
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** A whole-database dump; equal dumps mean equal data. */
    record Dump(Map<String, List<String>> tables) {

        int rows(String table) {
            return tables.getOrDefault(table, List.of()).size();
        }

        long bytes() {
            return tables.values()
                .stream()
                .flatMap(List::stream)
                .mapToLong(row -> row.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        }

        /**
         * The rows this dump lacks or adds compared with {@code before}, table by table,
         * at most {@code limit} lines. A row whose first column (the id) is the same
         * before and after shows as the columns that changed.
         */
        String diffFrom(Dump before, int limit) {
            List<String> lines = new ArrayList<>();
            for (String table : new TreeSet<>(tables.keySet())) {
                TreeSet<String> old = new TreeSet<>(before.tables.getOrDefault(table, List.of()));
                TreeSet<String> now = new TreeSet<>(tables.get(table));
                Map<String, List<String[]>> gone = new LinkedHashMap<>();
                for (String row : old) {
                    if (!now.contains(row)) {
                        List<String[]> columns = columns(row);
                        gone.put(columns.isEmpty() ? row : String.join("=", columns.get(0)), columns);
                    }
                }
                for (String row : now) {
                    if (old.contains(row)) {
                        continue;
                    }
                    List<String[]> columns = columns(row);
                    List<String[]> was = columns.isEmpty() ? null : gone.remove(String.join("=", columns.get(0)));
                    if (was == null) {
                        lines.add("  + " + table + ": " + Report.printable(row, 300));
                        continue;
                    }
                    List<String> changed = new ArrayList<>();
                    for (int i = 0; i < columns.size() && i < was.size(); i++) {
                        if (!columns.get(i)[1].equals(was.get(i)[1])) {
                            changed.add(columns.get(i)[0] + ": " + Report.printable(was.get(i)[1], 80) + " -> "
                                    + Report.printable(columns.get(i)[1], 80));
                        }
                    }
                    lines.add("  ~ " + table + " " + String.join("=", columns.get(0)) + ": "
                            + String.join("; ", changed));
                }
                gone.values()
                    .forEach(
                            columns -> lines.add("  - " + table + ": "
                                    + Report.printable(String.join(" ",
                                            columns.stream().map(column -> column[0] + "=" + column[1]).toList()),
                                            300)));
            }
            if (lines.size() > limit) {
                int more = lines.size() - limit;
                List<String> cut = new ArrayList<>(lines.subList(0, limit));
                cut.add("  … " + more + " more changed rows");
                return String.join("\n", cut);
            }
            return String.join("\n", lines);
        }

        /**
         * The columns of a dumped row as name and value (NULL for null), read back by the
         * length prefixes.
         */
        private static List<String[]> columns(String row) {
            List<String[]> columns = new ArrayList<>();
            int at = 0;
            while (at < row.length()) {
                int equals = row.indexOf('=', at);
                if (equals < 0) {
                    break;
                }
                String name = row.substring(at, equals);
                if (row.startsWith("NULL", equals + 1)) {
                    columns.add(new String[] { name, "NULL" });
                    at = equals + 1 + "NULL".length() + 1;
                    continue;
                }
                int colon = row.indexOf(':', equals);
                int length = Integer.parseInt(row.substring(equals + 1, colon));
                columns.add(new String[] { name, row.substring(colon + 1, colon + 1 + length) });
                at = colon + 1 + length + 1;
            }
            return columns;
        }
    }

}
