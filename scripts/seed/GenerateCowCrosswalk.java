import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the seed migration of the COW state code crosswalk: for each membership period of the Correlates of War
 * State System Membership List v2016 (shared/data/cow-states/states2016.csv), the ISO 3166 state of the registry
 * (present or former, as member_states knows it) the code stood for, from when to when. A COW name equal to an ISO
 * 3166-1 short name (shared/data/iso-3166/all.csv) maps to that state; the others are in the tables below, mapped by
 * hand or listed as having no state in the registry. Neither input file is committed.
 * Run once: java scripts/seed/GenerateCowCrosswalk.java ../shared/data/cow-states/states2016.csv \
 *     ../shared/data/iso-3166/all.csv > src/main/resources/db/seed/V1102__seed_cow_state_crosswalk.sql
 */
public class GenerateCowCrosswalk {

    /** COW names that differ from the ISO short name of the same state. */
    static final Map<Integer, String> BY_HAND = Map.ofEntries(Map.entry(56, "LCA"), Map.entry(57, "VCT"),
            Map.entry(58, "ATG"), Map.entry(60, "KNA"), Map.entry(101, "VEN"), Map.entry(145, "BOL"),
            Map.entry(200, "GBR"), Map.entry(210, "NLD"), Map.entry(260, "DEU"), Map.entry(265, "DDR"),
            Map.entry(315, "CSK"), Map.entry(316, "CZE"), Map.entry(343, "MKD"), Map.entry(359, "MDA"),
            Map.entry(402, "CPV"), Map.entry(437, "CIV"), Map.entry(490, "COD"), Map.entry(510, "TZA"),
            Map.entry(572, "SWZ"), Map.entry(630, "IRN"), Map.entry(640, "TUR"), Map.entry(652, "SYR"),
            Map.entry(713, "TWN"), Map.entry(731, "PRK"), Map.entry(732, "KOR"), Map.entry(812, "LAO"),
            Map.entry(816, "VNM"), Map.entry(835, "BRN"), Map.entry(860, "TLS"), Map.entry(987, "FSM"));

    /** Codes with no state in the registry: no ISO 3166 code, or a former state member_states does not hold. */
    static final Map<Integer, String> UNMAPPED = Map.ofEntries(Map.entry(240, "no ISO code"),
            Map.entry(245, "no ISO code"), Map.entry(267, "no ISO code"), Map.entry(269, "no ISO code"),
            Map.entry(271, "no ISO code"), Map.entry(273, "no ISO code"), Map.entry(275, "no ISO code"),
            Map.entry(280, "no ISO code"), Map.entry(300, "no ISO code"), Map.entry(327, "no ISO code"),
            Map.entry(329, "no ISO code"), Map.entry(332, "no ISO code"), Map.entry(335, "no ISO code"),
            Map.entry(337, "no ISO code"), Map.entry(347, "Kosovo: no officially assigned ISO code"),
            Map.entry(345, "Yugoslavia: ISO 3166-3 YUCS, not a state of the registry"),
            Map.entry(511, "no ISO code"), Map.entry(678, "no ISO code"),
            Map.entry(680, "Yemen People's Republic: ISO 3166-3 YDYE, not a state of the registry"),
            Map.entry(730, "Korea before 1910: no ISO code"),
            Map.entry(817, "Republic of Vietnam: ISO 3166-3 VDVN, not a state of the registry"));

    static final LocalDate END_OF_DATA = LocalDate.of(2016, 12, 31);

    public static void main(String[] args) throws Exception {
        Map<String, String> isoByName = new HashMap<>();
        List<String> iso = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        for (String line : iso.subList(1, iso.size())) {
            List<String> f = parse(line);
            isoByName.put(f.get(0), f.get(2));
        }
        List<String> rows = new ArrayList<>();
        Map<Integer, String> unmapped = new TreeMap<>();
        List<String> cow = Files.readAllLines(Path.of(args[0]), StandardCharsets.US_ASCII);
        for (String line : cow.subList(1, cow.size())) {
            String[] f = line.split(",");
            int code = Integer.parseInt(f[1]);
            String name = f[2];
            LocalDate from = LocalDate.of(Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]));
            LocalDate to = LocalDate.of(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]));
            LocalDate until = to.equals(END_OF_DATA) ? null : to;
            if (code == 365) {
                // COW codes the Russian Empire, the Soviet Union and Russia as one state, 1816-2016.
                unmapped.put(code, "before 1922-12-30 (Russian Empire, Soviet Russia): no ISO code");
                rows.add(row(code, "SUN", LocalDate.of(1922, 12, 30), LocalDate.of(1991, 12, 25), "UNVERIFIED",
                        "COW codes the Soviet Union and Russia as one state (365, 1816-2016); the days of the USSR's formation (30 Dec 1922) and dissolution (25/26 Dec 1991) are not in the COW list and no source of the registry gives them."));
                rows.add(row(code, "RUS", LocalDate.of(1991, 12, 26), until, "UNVERIFIED",
                        "COW codes the Soviet Union and Russia as one state (365, 1816-2016); Russia from the day after the USSR's dissolution, a day not in the COW list."));
                continue;
            }
            if (code == 255 && from.getYear() == 1816) {
                unmapped.put(code, "1816-1945 (the German states and Reich): no ISO code");
                continue;
            }
            if (UNMAPPED.containsKey(code)) {
                unmapped.put(code, UNMAPPED.get(code));
                continue;
            }
            String iso3 = BY_HAND.getOrDefault(code, isoByName.get(name));
            if (iso3 == null) {
                throw new IllegalStateException("no ISO state for COW " + code + " " + name);
            }
            rows.add(row(code, iso3, from, until, "VERIFIED", null));
        }
        StringBuilder sql = new StringBuilder();
        sql.append("""
                -- The COW state code crosswalk: which ISO 3166 state of the registry (present or former) each Correlates of War
                -- state number stood for, and when (valid_to inclusive; null: still on the list's last day, 2016-12-31). One row
                -- per membership period of COW's State System Membership List v2016, generated by
                -- scripts/seed/GenerateCowCrosswalk.java from states2016.csv and the ISO 3166 data set (all.csv, 10.0); the COW
                -- files are not shipped, only these facts about them.
                -- COW numbers with no state in the registry (so no row here):
                """);
        unmapped.forEach((code, why) -> sql.append("--   ").append(code).append(": ").append(why).append('\n'));
        sql.append("""
                INSERT INTO sources (code, title, url, publisher, note) VALUES
                    ('COW-STATES-2016', 'Correlates of War Project. 2016. "State System Membership List, v2016." Online, http://correlatesofwar.org.',
                     'https://correlatesofwar.org/data-sets/state-system-membership/', 'Correlates of War Project',
                     'COW state numbers (ccode) and the dates of each state''s membership periods (states2016.csv and its codebook of 20 Feb 2017), the basis of the registry''s COW-ISO crosswalk.');

                INSERT INTO cow_state_codes (cow_code, member_state_id, valid_from, valid_to, verification, note, source_id)
                SELECT v.cow_code, m.id, v.valid_from, v.valid_to, v.verification, v.note, s.id
                FROM (VALUES
                """);
        sql.append(String.join(",\n", rows)).append("\n");
        sql.append("""
                ) AS v (cow_code, iso3, valid_from, valid_to, verification, note)
                JOIN member_states m ON m.iso3 = v.iso3
                JOIN sources s ON s.code = 'COW-STATES-2016';
                """);
        System.out.print(sql);
    }

    static String row(int code, String iso3, LocalDate from, LocalDate to, String verification, String note) {
        return "    (%d, '%s', DATE '%s', %s, '%s', %s)".formatted(code, iso3, from,
                to == null ? "CAST(NULL AS DATE)" : "DATE '" + to + "'", verification,
                note == null ? "CAST(NULL AS VARCHAR(500))" : "'" + note.replace("'", "''") + "'");
    }

    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.add(field.toString()); field.setLength(0); }
            else field.append(c);
        }
        fields.add(field.toString());
        return fields;
    }
}
