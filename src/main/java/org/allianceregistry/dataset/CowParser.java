package org.allianceregistry.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.allianceregistry.dataset.CsvTable.Row;
import org.allianceregistry.dataset.ParsedDataset.ParsedAlliance;
import org.allianceregistry.dataset.ParsedDataset.ParsedMember;
import org.jspecify.annotations.Nullable;

/**
 * Reads COW v4.1's member file ({@value #MEMBERS}) by its release notes' conventions: one
 * row per member's entry into an alliance (a state that left and re-joined has two); an
 * empty end means still in force on 31 December 2012 (exactly when {@code right_censor}
 * is 1); the alliance's own columns (start, end, Singer and Small type) are the same in
 * every row of an alliance; COW codes no offence, and its "entente" is consultation.
 */
final class CowParser {

    static final String MEMBERS = "alliance_v4.1_by_member.csv";

    private static final List<String> COLUMNS = List.of("version4id", "ccode", "state_name", "all_st_day",
            "all_st_month", "all_st_year", "all_end_day", "all_end_month", "all_end_year", "ss_type", "mem_st_day",
            "mem_st_month", "mem_st_year", "mem_end_day", "mem_end_month", "mem_end_year", "left_censor",
            "right_censor", "defense", "neutrality", "nonaggression", "entente", "version");

    private static final List<String> INTEGERS = COLUMNS.stream()
        .filter(column -> !List.of("state_name", "ss_type", "version").contains(column))
        .toList();

    private CowParser() {
    }

    static ParsedDataset parse(Map<String, byte[]> files) {
        CsvTable file = CsvTable.read(MEMBERS, files.get(MEMBERS), COLUMNS);
        Map<Integer, AllianceRows> alliances = new TreeMap<>();
        for (Row row : file.rows()) {
            INTEGERS.forEach(row::integer);
            if (!"4.1".equals(row.text("version"))) {
                throw row.invalid("version",
                        "The data version is '%s', not 4.1.".formatted(CsvTable.abbreviated(row.text("version"))));
            }
            int number = row.requiredInteger("version4id");
            DatasetDate start = row.date("all_st_year", "all_st_month", "all_st_day");
            DatasetDate end = end(row, "all_end_year", "all_end_month", "all_end_day");
            String type = row.text("ss_type");
            AllianceRows alliance = alliances.computeIfAbsent(number,
                    n -> new AllianceRows(row.source(), start, end, type));
            if (!alliance.start.equals(start)) {
                throw row.invalid("all_st_year", "Alliance %d begins %s here but %s on line %d.".formatted(number,
                        start.value(), alliance.start.value(), alliance.source.line()));
            }
            if (!Objects.equals(alliance.end, end)) {
                throw row.invalid("all_end_year", "Alliance %d ends %s here but %s on line %d.".formatted(number,
                        text(end), text(alliance.end), alliance.source.line()));
            }
            if (!alliance.type.equals(type)) {
                throw row.invalid("ss_type", "Alliance %d is '%s' here but '%s' on line %d.".formatted(number,
                        CsvTable.abbreviated(type), alliance.type, alliance.source.line()));
            }
            alliance.members.add(member(row));
        }
        List<ParsedAlliance> parsed = new ArrayList<>();
        alliances.forEach((number, alliance) -> {
            Obligations any = alliance.members.get(0).obligations();
            for (ParsedMember member : alliance.members) {
                any = any.or(member.obligations());
            }
            parsed.add(new ParsedAlliance(number, null, alliance.type, alliance.start, alliance.end, 1, any,
                    alliance.source, List.copyOf(alliance.members)));
        });
        return new ParsedDataset(DatasetKind.COW_4_1,
                List.of(DatasetFiles.describe(MEMBERS, files.get(MEMBERS), file.rows().size())), parsed);
    }

    private static ParsedMember member(Row row) {
        int state = row.requiredInteger("ccode");
        if (!StateCodes.isCow(state)) {
            throw row.invalid("ccode", "%d is not a COW state number.".formatted(state));
        }
        DatasetDate entry = row.date("mem_st_year", "mem_st_month", "mem_st_day");
        DatasetDate exit = end(row, "mem_end_year", "mem_end_month", "mem_end_day");
        if (exit != null && exit.latest().isBefore(entry.earliest())) {
            throw row.invalid("mem_end_year",
                    "The exit (%s) is before the entry (%s).".formatted(exit.value(), entry.value()));
        }
        Boolean rightCensored = row.flag("right_censor");
        if (rightCensored != null && rightCensored != (exit == null)) {
            throw row.invalid("right_censor",
                    "right_censor is %s but the member's end is %s.".formatted(row.text("right_censor"), text(exit)));
        }
        String name = row.text("state_name");
        return new ParsedMember(
                state, name.isEmpty() ? null : name, null, entry, exit, new Obligations(row.flag("defense"), null,
                        row.flag("neutrality"), row.flag("nonaggression"), row.flag("entente")),
                ObligationConditions.NOT_CODED, row.source());
    }

    /** Empty: still in force at the end of coverage. */
    private static @Nullable DatasetDate end(Row row, String year, String month, String day) {
        if (row.text(year).isEmpty() && row.text(month).isEmpty() && row.text(day).isEmpty()) {
            return null;
        }
        return row.date(year, month, day);
    }

    private static String text(@Nullable DatasetDate date) {
        return date == null ? "empty (in force)" : date.value();
    }

    private static final class AllianceRows {

        final SourceLine source;

        final DatasetDate start;

        final @Nullable DatasetDate end;

        final String type;

        final List<ParsedMember> members = new ArrayList<>();

        AllianceRows(SourceLine source, DatasetDate start, @Nullable DatasetDate end, String type) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.type = type;
        }

    }

}
