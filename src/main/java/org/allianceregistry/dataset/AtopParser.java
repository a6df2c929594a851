package org.allianceregistry.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.allianceregistry.dataset.CsvTable.Row;
import org.allianceregistry.dataset.ParsedDataset.ParsedAlliance;
import org.allianceregistry.dataset.ParsedDataset.ParsedMember;
import org.jspecify.annotations.Nullable;

/**
 * Reads ATOP 4.01's alliance file ({@value #ALLIANCES}) and member file
 * ({@value #MEMBERS}) by the codebook's conventions: the entry date is the signature
 * date; an exit of {@code 0/0/0} means in effect on 31 December 2016 (exactly when
 * {@code ineffect} is 1); an empty or 0 day or month means unknown, giving a date to the
 * month or year; a member row belongs to a phase ({@code phase} 0: the alliance never
 * changed). Every field is numeric. The two files must agree: each member row's alliance
 * is in the alliance file, and its state among the alliance's
 * {@code mem1}...{@code mem59}.
 */
final class AtopParser {

    static final String ALLIANCES = "atop4_01a.csv";

    static final String MEMBERS = "atop4_01m.csv";

    private static final Pattern NUMERIC = Pattern.compile("-?\\d{1,9}(\\.\\d{1,9})?");

    private static final String[] OBLIGATIONS = { "defense", "offense", "neutral", "nonagg", "consul" };

    private static final List<String> ALLIANCE_COLUMNS = List.of("atopid", "cow4id", "begyr", "begmo", "begday",
            "endyr", "endmo", "endday", "ineffect", "maxphase", "defense", "offense", "neutral", "nonagg", "consul",
            "mem1", "version");

    /**
     * Each conditional obligation: its flag column, whether it is conditional, and the
     * columns of its conditions (codebook §2.3).
     */
    private static final List<ConditionColumns> CONDITIONS = List.of(
            new ConditionColumns("defense", "defcon",
                    Map.of("defcoadv", Condition.SPECIFIC_ADVERSARY, "defcoloc", Condition.LOCATION, "defcocon",
                            Condition.SPECIFIC_CONFLICT, "defconum", Condition.NUMBER_OF_ADVERSARIES, "defcodem",
                            Condition.DEMANDS_NOT_MET, "defconpr", Condition.ALLY_NOT_PROVOKING)),
            new ConditionColumns("offense", "offcon",
                    Map.of("offcoadv", Condition.SPECIFIC_ADVERSARY, "offcoloc", Condition.LOCATION, "offcocon",
                            Condition.SPECIFIC_CONFLICT, "offconum", Condition.NUMBER_OF_ADVERSARIES, "offcodem",
                            Condition.DEMANDS_NOT_MET)),
            new ConditionColumns("neutral", "neucon",
                    Map.of("neucoadv", Condition.SPECIFIC_ADVERSARY, "neucoloc", Condition.LOCATION, "neucocon",
                            Condition.SPECIFIC_CONFLICT, "neuconum", Condition.NUMBER_OF_ADVERSARIES, "neucodem",
                            Condition.DEMANDS_NOT_MET, "neuconpr", Condition.ALLY_NOT_PROVOKING, "neucoatt",
                            Condition.ALLY_ATTACKED)),
            new ConditionColumns("consul", "concon", Map.of("concoadv", Condition.SPECIFIC_ADVERSARY, "concoloc",
                    Condition.LOCATION, "concocon", Condition.SPECIFIC_CONFLICT, "concoreq", Condition.ALLY_REQUEST)));

    private static final List<String> MEMBER_COLUMNS = memberColumns();

    private AtopParser() {
    }

    static ParsedDataset parse(Map<String, byte[]> files) {
        CsvTable allianceFile = CsvTable.read(ALLIANCES, files.get(ALLIANCES), ALLIANCE_COLUMNS);
        CsvTable memberFile = CsvTable.read(MEMBERS, files.get(MEMBERS), MEMBER_COLUMNS);
        Map<Integer, AllianceRow> alliances = new LinkedHashMap<>();
        for (Row row : allianceFile.rows()) {
            AllianceRow alliance = alliance(allianceFile, row);
            if (alliances.putIfAbsent(alliance.number, alliance) != null) {
                throw row.invalid("atopid", "Alliance %d is in the file twice (line %d).".formatted(alliance.number,
                        alliances.get(alliance.number).row.line()));
            }
        }
        for (Row row : memberFile.rows()) {
            numeric(memberFile, row);
            int number = row.requiredInteger("atopid");
            AllianceRow alliance = alliances.get(number);
            if (alliance == null) {
                throw row.invalid("atopid", "Alliance %d is not in %s.".formatted(number, ALLIANCES));
            }
            alliance.members.add(member(row, alliance));
        }
        List<ParsedAlliance> parsed = new ArrayList<>();
        for (AllianceRow alliance : alliances.values()) {
            Set<Integer> inMemberFile = new LinkedHashSet<>();
            alliance.members.forEach(member -> inMemberFile.add(member.stateCode()));
            if (!inMemberFile.equals(alliance.listed)) {
                Set<Integer> missing = new LinkedHashSet<>(alliance.listed);
                missing.removeAll(inMemberFile);
                throw alliance.row
                    .invalid("The alliance lists states %s that have no row in %s.".formatted(missing, MEMBERS));
            }
            parsed.add(new ParsedAlliance(alliance.number, alliance.cowNumber, null, alliance.start, alliance.end,
                    Math.max(1, alliance.maxPhase), alliance.obligations, alliance.row.source(),
                    List.copyOf(alliance.members)));
        }
        return new ParsedDataset(DatasetKind.ATOP_4_01,
                List.of(DatasetFiles.describe(ALLIANCES, files.get(ALLIANCES), allianceFile.rows().size()),
                        DatasetFiles.describe(MEMBERS, files.get(MEMBERS), memberFile.rows().size())),
                parsed);
    }

    private static AllianceRow alliance(CsvTable file, Row row) {
        numeric(file, row);
        int number = row.requiredInteger("atopid");
        DatasetDate start = row.date("begyr", "begmo", "begday");
        DatasetDate end = exit(row, "endyr", "endmo", "endday");
        inEffect(row, end);
        before(row, start, end, "endyr");
        int maxPhase = row.requiredInteger("maxphase");
        Set<Integer> listed = new LinkedHashSet<>();
        for (int slot = 1; file.has("mem" + slot); slot++) {
            Integer member = row.integer("mem" + slot);
            if (member != null) {
                known(row, "mem" + slot, member);
                listed.add(member);
            }
        }
        return new AllianceRow(row, number, row.integer("cow4id"), start, end, maxPhase, obligations(row), listed);
    }

    private static ParsedMember member(Row row, AllianceRow alliance) {
        int state = row.requiredInteger("member");
        known(row, "member", state);
        if (!alliance.listed.contains(state)) {
            throw row.invalid("member", "State %d is not among the members %s lists for alliance %d.".formatted(state,
                    ALLIANCES, alliance.number));
        }
        DatasetDate entry = row.date("yrent", "moent", "dayent");
        DatasetDate exit = exit(row, "yrexit", "moexit", "dayexit");
        inEffect(row, exit);
        before(row, entry, exit, "yrexit");
        int phase = row.requiredInteger("phase");
        if (alliance.maxPhase == 0 ? phase != 0 : phase < 1 || phase > alliance.maxPhase) {
            throw row.invalid("phase", "Phase %d, but alliance %d has %s.".formatted(phase, alliance.number,
                    alliance.maxPhase == 0 ? "no phases (phase 0)" : "phases 1 to " + alliance.maxPhase));
        }
        return new ParsedMember(state, null, phase, entry, exit, obligations(row), conditions(row), row.source());
    }

    /**
     * The conditions of each obligation the member holds, in the codebook's column order;
     * a row whose "conditional" flag disagrees with its conditions is refused.
     */
    private static ObligationConditions conditions(Row row) {
        List<@Nullable List<Condition>> lists = new ArrayList<>();
        for (ConditionColumns obligation : CONDITIONS) {
            List<Condition> conditions = new ArrayList<>();
            obligation.conditions.forEach((column, condition) -> {
                if (Boolean.TRUE.equals(row.flag(column))) {
                    conditions.add(condition);
                }
            });
            conditions.sort(null);
            Boolean conditional = row.flag(obligation.conditional);
            if (conditional != null && conditional == conditions.isEmpty()) {
                throw row.invalid(obligation.conditional, "%s is %s but %s.".formatted(obligation.conditional,
                        row.text(obligation.conditional),
                        conditions.isEmpty() ? "no condition is coded" : "conditions are coded: " + conditions));
            }
            Boolean holds = row.flag(obligation.flag);
            if (!Boolean.TRUE.equals(holds) && !conditions.isEmpty()) {
                throw row.invalid(obligation.flag,
                        "%s is not 1 but its conditions %s are coded.".formatted(obligation.flag, conditions));
            }
            lists.add(Boolean.TRUE.equals(holds) ? List.copyOf(conditions) : null);
        }
        return new ObligationConditions(lists.get(0), lists.get(1), lists.get(2), lists.get(3), row.flag("noothall"));
    }

    private static List<String> memberColumns() {
        List<String> columns = new ArrayList<>(List.of("atopid", "member", "yrent", "moent", "dayent", "yrexit",
                "moexit", "dayexit", "ineffect", "phase", "maxphase", "defense", "offense", "neutral", "nonagg",
                "consul", "noothall", "version"));
        CONDITIONS.forEach(obligation -> {
            columns.add(obligation.conditional);
            columns.addAll(obligation.conditions.keySet());
        });
        return List.copyOf(columns);
    }

    private record ConditionColumns(String flag, String conditional, Map<String, Condition> conditions) {

    }

    /** {@code 0/0/0} is "in effect at the end of coverage": no exit. */
    private static @Nullable DatasetDate exit(Row row, String year, String month, String day) {
        Integer y = row.integer(year);
        if (y != null && y == 0) {
            Integer m = row.integer(month);
            Integer d = row.integer(day);
            if ((m != null && m != 0) || (d != null && d != 0)) {
                throw row.invalid(year, "Year 0 (in effect) with a month or day.");
            }
            return null;
        }
        return row.date(year, month, day);
    }

    private static void inEffect(Row row, @Nullable DatasetDate exit) {
        Boolean inEffect = row.flag("ineffect");
        if (inEffect == null || inEffect != (exit == null)) {
            throw row.invalid("ineffect", "ineffect is %s but the exit date is %s.".formatted(row.text("ineffect"),
                    exit == null ? "0/0/0 (in effect)" : exit.value()));
        }
    }

    private static void before(Row row, DatasetDate start, @Nullable DatasetDate end, String column) {
        if (end != null && end.latest().isBefore(start.earliest())) {
            throw row.invalid(column, "The exit (%s) is before the entry (%s).".formatted(end.value(), start.value()));
        }
    }

    private static void known(Row row, String column, int state) {
        if (!StateCodes.isAtop(state)) {
            throw row.invalid(column,
                    "%d is not a known state code (COW state numbers, and ATOP's 8152).".formatted(state));
        }
    }

    private static void numeric(CsvTable file, Row row) {
        for (int i = 0; i < row.size(); i++) {
            String value = row.cell(i);
            if (!value.isEmpty() && !NUMERIC.matcher(value).matches()) {
                throw row.invalid(row.columnName(i),
                        "'%s' is not a number; every ATOP field is numeric.".formatted(CsvTable.abbreviated(value)));
            }
        }
        if (!"4.01".equals(row.text("version"))) {
            throw row.invalid("version",
                    "The data version is '%s', not 4.01.".formatted(CsvTable.abbreviated(row.text("version"))));
        }
    }

    private static Obligations obligations(Row row) {
        Boolean[] flags = new Boolean[OBLIGATIONS.length];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = row.flag(OBLIGATIONS[i]);
        }
        return new Obligations(flags[0], flags[1], flags[2], flags[3], flags[4]);
    }

    private static final class AllianceRow {

        final Row row;

        final int number;

        final @Nullable Integer cowNumber;

        final DatasetDate start;

        final @Nullable DatasetDate end;

        final int maxPhase;

        final Obligations obligations;

        final Set<Integer> listed;

        final List<ParsedMember> members = new ArrayList<>();

        AllianceRow(Row row, int number, @Nullable Integer cowNumber, DatasetDate start, @Nullable DatasetDate end,
                int maxPhase, Obligations obligations, Set<Integer> listed) {
            this.row = row;
            this.number = number;
            this.cowNumber = cowNumber;
            this.start = start;
            this.end = end;
            this.maxPhase = maxPhase;
            this.obligations = obligations;
            this.listed = listed;
        }

    }

}
