package org.allianceregistry.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One producer file read with Commons CSV: a header row naming the columns, then rows
 * that must each have as many fields as the header. Every failure names the file, the
 * line and the column.
 */
final class CsvTable {

    private final String file;

    private final Map<String, Integer> columns;

    private final List<Row> rows;

    private CsvTable(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * Reads {@code content} (ASCII or UTF-8) as CSV whose header has at least
     * {@code required} columns.
     */
    static CsvTable read(String file, byte[] content, List<String> required) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content))
                .toString();
        }
        catch (CharacterCodingException notText) {
            throw new DatasetFileInvalidException(file, 1, "The file is not text (ASCII or UTF-8).");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i), i);
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new DatasetFileInvalidException(file, 1,
                            "The header has no column '%s'; is this the producer's file?".formatted(column));
                }
            }
            List<Row> rows = new ArrayList<>();
            long linesRead = 1;
            for (CSVRecord record : parser) {
                int line = (int) linesRead + 1;
                linesRead = Math.max(parser.getCurrentLineNumber(), line);
                if (record.size() != names.size()) {
                    throw new DatasetFileInvalidException(file, line,
                            names.get(Math.min(record.size(), names.size() - 1)),
                            Math.min(record.size(), names.size() - 1) + 1,
                            "The row has %d fields, the header %d: the row is %s.".formatted(record.size(),
                                    names.size(), record.size() < names.size() ? "truncated" : "too long"));
                }
                rows.add(new Row(file, line, columns, names, record));
            }
            if (rows.isEmpty()) {
                throw new DatasetFileInvalidException(file, 1, "The file has a header but no rows.");
            }
            return new CsvTable(file, columns, rows);
        }
        catch (IllegalArgumentException | IllegalStateException | UncheckedIOException unreadable) {
            // A duplicate or empty header name, an unterminated quote: Commons CSV names
            // the
            // line in its message.
            throw new DatasetFileInvalidException(file, 1,
                    "The file is not CSV as the producer writes it (" + unreadable.getMessage() + ").");
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    /** A data row with its line; typed reads that refuse the row naming the column. */
    static final class Row {

        private final String file;

        private final int line;

        private final Map<String, Integer> columns;

        private final List<String> names;

        private final CSVRecord record;

        Row(String file, int line, Map<String, Integer> columns, List<String> names, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.names = names;
            this.record = record;
        }

        String cell(int index) {
            return record.get(index);
        }

        String columnName(int index) {
            return names.get(index);
        }

        int line() {
            return line;
        }

        SourceLine source() {
            return new SourceLine(file, line);
        }

        String text(String column) {
            return record.get(columns.get(column));
        }

        int size() {
            return record.size();
        }

        /** The value of {@code column}, or {@code null} if the cell is empty. */
        @Nullable Integer integer(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            }
            catch (NumberFormatException notANumber) {
                throw invalid(column, "'%s' is not a whole number.".formatted(abbreviated(value)));
            }
        }

        int requiredInteger(String column) {
            Integer value = integer(column);
            if (value == null) {
                throw invalid(column, "The cell is empty; the codebook requires a value.");
            }
            return value;
        }

        /** A 0/1 flag; {@code null} when the cell is empty (not coded). */
        @Nullable Boolean flag(String column) {
            Integer value = integer(column);
            if (value == null) {
                return null;
            }
            if (value != 0 && value != 1) {
                throw invalid(column, "%d is not a 0/1 flag.".formatted(value));
            }
            return value == 1;
        }

        /**
         * A date split into year, month and day: an empty or 0 day (or month) is unknown,
         * and gives a date to the month (or year).
         */
        DatasetDate date(String year, String month, String day) {
            int y = requiredInteger(year);
            Integer m = integer(month);
            Integer d = integer(day);
            try {
                if (m == null || m == 0) {
                    if (d != null && d != 0) {
                        throw invalid(month, "A day without a month is not a date.");
                    }
                    return DatasetDate.ofYear(y);
                }
                if (d == null || d == 0) {
                    return DatasetDate.ofMonth(YearMonth.of(y, m));
                }
                return DatasetDate.ofDay(LocalDate.of(y, m, d));
            }
            catch (DateTimeException notADate) {
                throw invalid(d == null ? month : day, "%d-%s-%s is not a date.".formatted(y, m, d));
            }
        }

        DatasetFileInvalidException invalid(String column, String reason) {
            return new DatasetFileInvalidException(file, line, column, columns.get(column) + 1, reason);
        }

        DatasetFileInvalidException invalid(String reason) {
            return new DatasetFileInvalidException(file, line, reason);
        }

    }

    /** A cell's value as a problem can quote it: short, without control characters. */
    static String abbreviated(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

}
