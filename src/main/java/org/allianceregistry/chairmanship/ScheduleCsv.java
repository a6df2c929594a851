package org.allianceregistry.chairmanship;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.allianceregistry.shared.HistoricalDateResponse;
import org.allianceregistry.shared.HistoricalPeriodResponse;

/**
 * Writes a schedule as RFC 4180 CSV: a header row, one row per term, CRLF line ends; a
 * missing value is an empty field. The columns after {@code rule_exception} give both
 * dates as the sources know them (precision and the first and last day each can be),
 * whether the term is still OPEN, ENDED or ENDED_ON_UNCERTAIN_DAY (an empty
 * {@code end_date} alone no longer has to say which), its EDTF form and how it meets the
 * request's days.
 */
final class ScheduleCsv {

    static final List<String> HEADER = List.of("chair_year", "chair_year_label", "iso2", "iso3", "name", "start_date",
            "end_date", "expected_end_date", "projected", "interim", "verification", "participation_frozen_since",
            "rule_step", "rule_exception", "start_precision", "start_first_possible_day", "start_last_possible_day",
            "end_precision", "end_first_possible_day", "end_last_possible_day", "end_status", "edtf", "match");

    private ScheduleCsv() {
    }

    static byte[] write(List<ChairmanshipResponse> entries) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ChairmanshipResponse entry : entries) {
                HistoricalPeriodResponse time = entry.time();
                HistoricalDateResponse start = time == null ? null : time.start();
                HistoricalDateResponse end = time == null ? null : time.end();
                printer.printRecord(entry.chairYear(), entry.chairYearLabel(), entry.iso2(), entry.iso3(), entry.name(),
                        entry.startDate(), entry.endDate(), entry.expectedEndDate(), entry.projected(), entry.interim(),
                        entry.verification(), entry.participationFrozenSince(),
                        entry.ruleStep() == null ? null : entry.ruleStep().text(), entry.ruleException(),
                        start == null ? null : start.precision(), start == null ? null : start.firstPossibleDay(),
                        start == null ? null : start.lastPossibleDay(), end == null ? null : end.precision(),
                        end == null ? null : end.firstPossibleDay(), end == null ? null : end.lastPossibleDay(),
                        time == null ? null : time.endStatus(), time == null ? null : time.edtf(), entry.match());
            }
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

}
