package org.allianceregistry.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceregistry.dataset.ParsedDataset.ParsedAlliance;
import org.allianceregistry.dataset.ParsedDataset.ParsedMember;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.allianceregistry.shared.Precision;
import org.junit.jupiter.api.Test;

/**
 * The producers' own figures, reproduced from their files by the parsers alone; and the
 * refusals of a bad row, with its line and column.
 */
class DatasetParserTests {

    @Test
    void atopGivesItsProducersFigures() {
        ParsedDataset atop = AtopParser.parse(DatasetFixtures.atop());

        DatasetFigures figures = atop.figures();

        assertThat(figures.alliances()).isEqualTo(745);
        assertThat(figures.memberRows()).isEqualTo(2398);
        assertThat(figures.memberRowsInEffectAtCoverageEnd()).isEqualTo(1062);
        assertThat(figures.alliancesInEffectAtCoverageEnd()).isEqualTo(334);
        // The codebook says 35 alliances have more than one phase; the files give 43
        // (maxphase > 1 in atop4_01a.csv, and as many with rows in two or more phases).
        assertThat(figures.multiPhaseAlliances()).isEqualTo(43);
        assertThat(figures.nonAggressionOnlyPacts()).isEqualTo(172);
        assertThat(figures.states()).isEqualTo(208);
        assertThat(atop.alliances().stream().filter(a -> Boolean.TRUE.equals(a.obligations().defence()))).hasSize(275);
    }

    @Test
    void atopKeepsTheCodebooksDateConventions() {
        ParsedDataset atop = AtopParser.parse(DatasetFixtures.atop());

        ParsedAlliance nato = alliance(atop, 3180);
        ParsedAlliance first = alliance(atop, 1005);
        ParsedMember unknownDay = alliance(atop, 1115).members()
            .stream()
            .filter(m -> m.entry().precision() == Precision.MONTH)
            .findFirst()
            .orElseThrow();

        assertThat(nato.start()).isEqualTo(DatasetDate.ofDay(LocalDate.of(1949, 4, 4)));
        assertThat(nato.end()).isNull();
        assertThat(nato.cowNumber()).isEqualTo(227);
        assertThat(nato.phaseCount()).isEqualTo(2);
        assertThat(nato.members()).hasSize(42);
        assertThat(nato.members().stream().map(ParsedMember::stateCode).distinct()).hasSize(30);
        assertThat(first.members()).extracting(m -> m.exit().earliest()).containsOnly(LocalDate.of(1815, 2, 8));
        assertThat(unknownDay.entry().value()).isEqualTo("1844-06");
        assertThat(unknownDay.entry().earliest()).isEqualTo(LocalDate.of(1844, 6, 1));
        assertThat(unknownDay.entry().latest()).isEqualTo(LocalDate.of(1844, 6, 30));
        assertThat(nato.members().get(0).source().file()).isEqualTo(AtopParser.MEMBERS);
    }

    @Test
    void cowGivesItsProducersFigures() {
        ParsedDataset cow = CowParser.parse(DatasetFixtures.cow());

        DatasetFigures figures = cow.figures();

        assertThat(figures.alliances()).isEqualTo(414);
        assertThat(figures.memberRows()).isEqualTo(1221);
        assertThat(figures.memberRowsInEffectAtCoverageEnd()).isEqualTo(359);
        assertThat(figures.states()).isEqualTo(180);
        assertThat(figures.memberYears()).isEqualTo(21_315);
        ParsedAlliance warsawPact = alliance(cow, 243);
        assertThat(warsawPact.end()).isEqualTo(DatasetDate.ofDay(LocalDate.of(1991, 7, 1)));
        assertThat(warsawPact.members()).hasSize(8);
        assertThat(warsawPact.typeLabel()).isEqualTo("Type I: Defense Pact");
        assertThat(alliance(cow, 1).start().earliest()).isEqualTo(LocalDate.of(1386, 5, 9));
    }

    @Test
    void cowsYearlyFileIsItsMemberFileExpandedYearByYear() throws Exception {
        ParsedDataset cow = CowParser.parse(DatasetFixtures.cow());
        Map<String, Integer> expected = new HashMap<>();
        String yearly = new String(DatasetFixtures.file("cow-alliances", "alliance_v4.1_by_member_yearly.csv"),
                StandardCharsets.US_ASCII);
        try (CSVParser parser = CSVParser.builder()
            .setReader(new java.io.StringReader(yearly))
            .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())
            .get()) {
            for (CSVRecord record : parser) {
                expected.merge(record.get("version4id") + "/" + record.get("ccode"), 1, Integer::sum);
            }
        }

        Map<String, Integer> regenerated = new HashMap<>();
        for (ParsedAlliance alliance : cow.alliances()) {
            for (ParsedMember member : alliance.members()) {
                int last = member.exit() == null ? 2012 : member.exit().earliest().getYear();
                regenerated.merge(alliance.number() + "/" + member.stateCode(),
                        last - member.entry().earliest().getYear() + 1, Integer::sum);
            }
        }

        assertThat(regenerated.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21_315);
        assertThat(regenerated).isEqualTo(expected);
    }

    @Test
    void aTruncatedRowIsRefusedWithItsLine() {
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.atop(), AtopParser.MEMBERS, 14,
                line -> line.substring(0, line.length() / 2));

        assertThatThrownBy(() -> AtopParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> {
                    assertThat(refusal.file()).isEqualTo(AtopParser.MEMBERS);
                    assertThat(refusal.line()).isEqualTo(14);
                    assertThat(refusal.detail()).contains("truncated");
                });
    }

    @Test
    void textInANumericColumnIsRefusedWithItsLineAndColumn() {
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.cow(), CowParser.MEMBERS, 30,
                line -> DatasetFixtures.withField(line, 12, "19x5"));

        assertThatThrownBy(() -> CowParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> {
                    assertThat(refusal.line()).isEqualTo(30);
                    assertThat(refusal.column()).isEqualTo("mem_st_year");
                    assertThat(refusal.detail()).contains("line 30, column 13 (mem_st_year)", "'19x5'");
                });
    }

    @Test
    void anUnknownStateCodeIsRefused() {
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.cow(), CowParser.MEMBERS, 5,
                line -> DatasetFixtures.withField(line, 1, "999"));

        assertThatThrownBy(() -> CowParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> {
                    assertThat(refusal.line()).isEqualTo(5);
                    assertThat(refusal.column()).isEqualTo("ccode");
                });
    }

    @Test
    void anAtopMemberNotListedByItsAllianceIsRefused() {
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.atop(), AtopParser.MEMBERS, 2,
                line -> DatasetFixtures.withField(line, 3, "2"));

        assertThatThrownBy(() -> AtopParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> {
                    assertThat(refusal.line()).isEqualTo(2);
                    assertThat(refusal.column()).isEqualTo("member");
                    assertThat(refusal.detail()).contains("not among the members");
                });
    }

    @Test
    void anExitBeforeTheEntryIsRefused() {
        // Line 2: alliance 1005, entered 1815-01-03; the exit year becomes 1814.
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.atop(), AtopParser.MEMBERS, 2,
                line -> DatasetFixtures.withField(line, 8, "1814"));

        assertThatThrownBy(() -> AtopParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> {
                    assertThat(refusal.line()).isEqualTo(2);
                    assertThat(refusal.column()).isEqualTo("yrexit");
                    assertThat(refusal.detail()).contains("before the entry");
                });
    }

    @Test
    void anExitThatContradictsInEffectIsRefused() {
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.atop(), AtopParser.MEMBERS, 2,
                line -> DatasetFixtures.withField(line, 11, "1"));

        assertThatThrownBy(() -> AtopParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> assertThat(refusal.column()).isEqualTo("ineffect"));
    }

    @Test
    void atopCodesWhatEachObligationIsConditionalOn() {
        ParsedDataset atop = AtopParser.parse(DatasetFixtures.atop());
        List<ParsedMember> rows = atop.alliances().stream().flatMap(a -> a.members().stream()).toList();

        // NATO: defence only in the North Atlantic Treaty's Art. 6 area, and no contrary
        // alliances.
        assertThat(alliance(atop, 3180).members()).allSatisfy(member -> {
            assertThat(member.conditions().defence()).containsExactly(Condition.LOCATION);
            assertThat(member.conditions().noOtherAlliance()).isTrue();
        });
        // The Collective Security Treaty: unconditional defence.
        assertThat(alliance(atop, 4220).members()).allSatisfy(member -> {
            assertThat(member.conditions().defence()).isEmpty();
            assertThat(member.conditions().noOtherAlliance()).isTrue();
        });
        // The member file's own counts: 480 rows with a conditional defence (defcon = 1),
        // 186 with neutrality only if the ally is attacked (neucoatt = 1).
        assertThat(rows.stream().filter(m -> m.conditions().defence() != null && !m.conditions().defence().isEmpty()))
            .hasSize(480);
        assertThat(rows.stream()
            .filter(m -> m.conditions().neutrality() != null
                    && m.conditions().neutrality().contains(Condition.ALLY_ATTACKED)))
            .hasSize(186);
        assertThat(rows.stream().filter(m -> !Boolean.TRUE.equals(m.obligations().defence())))
            .allSatisfy(member -> assertThat(member.conditions().defence()).isNull());
        assertThat(CowParser.parse(DatasetFixtures.cow()).alliances().get(0).members())
            .allSatisfy(member -> assertThat(member).extracting(ParsedMember::conditions)
                .isEqualTo(ObligationConditions.NOT_CODED));
    }

    @Test
    void aConditionalObligationWithoutItsConditionIsRefused() {
        // Line 829: NATO's first member row, defence conditional on location; the
        // location flag becomes 0.
        Map<String, byte[]> files = DatasetFixtures.withLine(DatasetFixtures.atop(), AtopParser.MEMBERS, 829,
                line -> DatasetFixtures.withField(line, 42, "0"));

        assertThatThrownBy(() -> AtopParser.parse(files)).isInstanceOfSatisfying(DatasetFileInvalidException.class,
                refusal -> {
                    assertThat(refusal.line()).isEqualTo(829);
                    assertThat(refusal.column()).isEqualTo("defcon");
                    assertThat(refusal.detail()).contains("no condition is coded");
                });
    }

    private static ParsedAlliance alliance(ParsedDataset dataset, int number) {
        List<ParsedAlliance> found = dataset.alliances().stream().filter(a -> a.number() == number).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

}
