package org.allianceregistry.chairmanship;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a schedule as RFC 4180 CSV: a header row, one row per term, CRLF line ends; a
 * missing value is an empty field.
 */
final class ScheduleCsv {

    static final List<String> HEADER = List.of("chair_year", "chair_year_label", "iso2", "iso3", "name", "start_date",
            "end_date", "expected_end_date", "projected", "interim", "verification", "participation_frozen_since",
            "rule_step", "rule_exception");

    private ScheduleCsv() {
    }

    static byte[] write(List<ChairmanshipResponse> entries) {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ChairmanshipResponse entry : entries) {
                printer.printRecord(entry.chairYear(), entry.chairYearLabel(), entry.iso2(), entry.iso3(), entry.name(),
                        entry.startDate(), entry.endDate(), entry.expectedEndDate(), entry.projected(), entry.interim(),
                        entry.verification(), entry.participationFrozenSince(),
                        entry.ruleStep() == null ? null : entry.ruleStep().text(), entry.ruleException());
            }
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

}
