package org.allianceregistry.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.allianceregistry.dataset.AllianceComparison.DatasetCompared;
import org.allianceregistry.dataset.AllianceComparison.DatasetSide;
import org.allianceregistry.dataset.AllianceComparison.Pair;
import org.allianceregistry.dataset.AllianceComparison.StateComparison;
import org.jspecify.annotations.Nullable;

/**
 * The comparison as CSV (RFC 4180, CRLF, a header row): one row per state, dataset and
 * pairing of a record period with a dataset span, and one row per dataset not imported.
 */
final class ComparisonCsv {

    /**
     * The record's period as the sources know it comes last (its legacy days are
     * record_start and record_end): the precision and bounds of its start and of its
     * exclusive end, its EDTF and whether its end is OPEN, ENDED or
     * ENDED_ON_UNCERTAIN_DAY.
     */
    static final String HEADER = "alliance,iso2,iso3,name,dataset,record_start,record_start_kind,record_end,"
            + "record_end_kind,record_suspended_from,dataset_numbers,dataset_entry,dataset_exit,reasons,details,"
            + "record_start_precision,record_start_earliest,record_start_latest,record_end_precision,"
            + "record_end_earliest,record_end_latest,record_edtf,record_end_status";

    private ComparisonCsv() {
    }

    static byte[] write(AllianceComparison comparison) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (DatasetCompared dataset : comparison.datasets()) {
            if (!dataset.imported()) {
                line(csv, comparison.alliance(), null, null, null, dataset.dataset(), null, null, null, null, null,
                        join(dataset.numbers()), null, null, ComparisonReason.NOT_IMPORTED.name(), dataset.note(), null,
                        null, null, null, null, null, null, null);
            }
        }
        for (StateComparison state : comparison.states()) {
            for (DatasetSide side : state.datasets()) {
                for (Pair pair : side.pairs()) {
                    var record = pair.record();
                    var span = pair.dataset();
                    line(csv, comparison.alliance(), state.iso2(), state.iso3(), state.name(), side.dataset(),
                            record == null ? null : record.start().toString(),
                            record == null ? null : record.startKind(),
                            record == null || record.end() == null ? null : record.end().toString(),
                            record == null ? null : record.endKind(),
                            record == null || record.suspendedFrom() == null ? null : record.suspendedFrom().toString(),
                            span == null ? null : join(span.numbers()), span == null ? null : span.entry().value(),
                            span == null || span.exit() == null ? null : span.exit().value(),
                            pair.differences()
                                .stream()
                                .map(difference -> difference.reason().name())
                                .collect(Collectors.joining(";")),
                            pair.differences().stream().map(d -> d.detail()).collect(Collectors.joining(" | ")),
                            record == null ? null : record.time().start().precision().name(),
                            record == null ? null : text(record.time().start().earliest()),
                            record == null ? null : text(record.time().start().latest()),
                            record == null || record.time().end() == null ? null
                                    : record.time().end().precision().name(),
                            record == null || record.time().end() == null ? null : text(record.time().end().earliest()),
                            record == null || record.time().end() == null ? null : text(record.time().end().latest()),
                            record == null ? null : record.time().edtf(),
                            record == null ? null : record.time().endStatus().name());
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static void line(StringBuilder csv, @Nullable String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(fields[i]));
        }
        csv.append("\r\n");
    }

    private static String escape(@Nullable String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

}
