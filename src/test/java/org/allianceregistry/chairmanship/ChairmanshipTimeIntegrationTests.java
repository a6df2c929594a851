package org.allianceregistry.chairmanship;

import static org.allianceregistry.chairmanship.RotationApi.CSTO;
import static org.allianceregistry.chairmanship.RotationApi.NATO;
import static org.allianceregistry.chairmanship.RotationApi.entry;
import static org.allianceregistry.chairmanship.RotationApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.allianceregistry.RegistryIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Chair terms with their dates as the sources know them (issue 15), against the curated
 * CSTO record and section 5 of the fact sheet: precision and bounds, the end status, "who
 * chaired on D" ({@code asOf}), and the schedule's years selecting terms by their dates.
 */
@RegistryIntegrationTest
class ChairmanshipTimeIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    RotationApi api;

    JsonNode recorded;

    @BeforeEach
    void setUp() {
        api = new RotationApi(mvc);
        recorded = api.json(CSTO + "?from=2006&to=2026").path("content");
    }

    /**
     * Section 5's year-by-year list, term by term: the start and the hand-over
     * (exclusive) in EDTF. The two hand-overs no source dates to the day carry the bounds
     * the sources give (2008: between the announcement of 21 Jul and the session of 5
     * Sep; 2022-23: between the Yerevan session of 23 Nov 2022 and 1 Jan 2023, TASS's
     * date).
     */
    @ParameterizedTest(name = "chair year {0}: {1} from {2} to {3}")
    @CsvSource(delimiter = ';', textBlock = """
            2007; BLR; 2006-06-23;            2007-10-06
            2008; KGZ; 2007-10-06;            2008-07-21/2008-09-05
            2009; ARM; 2008-07-21/2008-09-05; 2009-06-14
            2010; RUS; 2009-06-14;            2010-12-10
            2011; BLR; 2010-12-10;            2011-12-20
            2012; KAZ; 2011-12-20;            2012-12-19
            2013; KGZ; 2012-12-19;            2013-09-23
            2014; RUS; 2013-09-23;            2014-12-23
            2015; TJK; 2014-12-23;            2015-09-15
            2016; ARM; 2015-09-15;            2016-10-14
            2017; BLR; 2016-10-14;            2017-11-30
            2018; KAZ; 2017-11-30;            2018-11-08
            2019; KGZ; 2018-11-08;            2019-11-28
            2020; RUS; 2019-11-28;            2020-12-02
            2021; TJK; 2020-12-02;            2021-09-16
            2022; ARM; 2021-09-16;            2022-11-23/2023-01-01
            2023; BLR; 2022-11-23/2023-01-01; 2024-01-01
            2024; KAZ; 2024-01-01;            2025-01-01
            2025; KGZ; 2025-01-01;            2026-01-01
            """)
    void everyRecordedTermHasTheDatesOfTheFactSheet(int chairYear, String iso3, String start, String end) {
        JsonNode term = entry(recorded, chairYear);

        assertThat(term.path("iso3").asString()).isEqualTo(iso3);
        assertThat(term.path("time").path("start").path("edtf").asString()).isEqualTo(start);
        assertThat(term.path("time").path("end").path("edtf").asString()).isEqualTo(end);
        assertThat(term.path("time").path("endStatus").asString())
            .isEqualTo(end.contains("/") ? "ENDED_ON_UNCERTAIN_DAY" : "ENDED");
        assertThat(term.path("projected").asBoolean()).isFalse();
    }

    @Test
    void kyrgyzstansTermEndedBetween21JulyAnd5September2008AndNeverReadsAsCurrent() {
        JsonNode kyrgyzstan = entry(recorded, 2008);
        JsonNode end = kyrgyzstan.path("time").path("end");

        assertThat(kyrgyzstan.path("endDate").asString()).as("the last day the hand-over can be")
            .isEqualTo("2008-09-05");
        assertThat(end.path("precision").asString()).isEqualTo("YEAR");
        assertThat(end.path("wikidataPrecision").asInt()).isEqualTo(9);
        assertThat(end.path("earliest").asString()).isEqualTo("2008-07-21");
        assertThat(end.path("latest").asString()).isEqualTo("2008-09-05");
        assertThat(kyrgyzstan.path("time").path("lastDay").path("edtf").asString()).isEqualTo("2008-07-20/2008-09-04");
        assertThat(kyrgyzstan.path("time").path("edtf").asString()).isEqualTo("2007-10-06/2008?");
        assertThat(kyrgyzstan.path("dateNote").asString()).contains("21 Jul 2008").contains("5 Sep 2008");
        assertThat(texts(kyrgyzstan.path("sources"), "code")).contains("R106", "R107", "R108", "R109", "R110");
    }

    @Test
    void armeniaTookOverOnTheSameUncertainDayAndItsStartDateIsTheFirstDayItCertainlyChaired() {
        JsonNode armenia = entry(recorded, 2009);
        JsonNode start = armenia.path("time").path("start");

        assertThat(armenia.path("startDate").asString()).isEqualTo("2008-09-05");
        assertThat(start.path("firstPossibleDay").asString()).isEqualTo("2008-07-21");
        assertThat(start.path("lastPossibleDay").asString()).isEqualTo("2008-09-05");
        assertThat(armenia.path("time").path("start")).isEqualTo(entry(recorded, 2008).path("time").path("end"));
        assertThat(texts(armenia.path("sources"), "code")).contains("R106", "R107", "R108");
    }

    @Test
    void theLegacyDatesNeverShowTwoChairsOnOneDayAndOnlyTheTermInOfficeIsOpen() {
        List<String> open = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            JsonNode term = recorded.get(i);
            if (term.path("time").path("endStatus").asString().equals("OPEN")) {
                open.add(term.path("chairYearLabel").asString());
                assertThat(term.path("endDate").isNull()).isTrue();
            }
            else {
                assertThat(term.path("endDate").asString()).as("chair year %s", term.path("chairYear"))
                    .isEqualTo(term.path("time").path("end").path("lastPossibleDay").asString());
            }
            if (i > 0) {
                assertThat(recorded.get(i - 1).path("endDate").asString())
                    .as("hand-over before chair year %s", term.path("chairYear"))
                    .isEqualTo(term.path("startDate").asString());
            }
        }

        assertThat(open).containsExactly("2026");
    }

    @ParameterizedTest(name = "asOf {0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            2016-06-01; ARM 2016 CERTAIN
            2008-07-20; KGZ 2008 CERTAIN
            2008-07-21; KGZ 2008 POSSIBLE, ARM 2009 POSSIBLE
            2008-08-01; KGZ 2008 POSSIBLE, ARM 2009 POSSIBLE
            2008-09-04; KGZ 2008 POSSIBLE, ARM 2009 POSSIBLE
            2008-09-05; ARM 2009 CERTAIN
            2006-06-23; BLR 2007 CERTAIN
            2022-11-22; ARM 2022 CERTAIN
            2022-12-01; ARM 2022 POSSIBLE, BLR 2023 POSSIBLE
            2023-01-01; BLR 2023 CERTAIN
            2026-03-01; RUS 2026 CERTAIN
            2027-06-01; TJK 2027 CERTAIN projected
            2028-01-01; ARM 2028 CERTAIN projected
            """)
    void whoChairedOnADayListsEveryCandidateWithItsMatch(String day, String expected) {
        JsonNode page = api.json(CSTO + "?asOf=" + day);

        assertThat(page.propertyNames()).containsExactly("content", "page");
        assertThat(String.join(", ", describe(page.path("content")))).isEqualTo(expected);
    }

    @Test
    void whoChairedBeforeTheFirstRecordedTermOrWhereNoChairRotatesIsNobody() {
        assertThat(api.json(CSTO + "?asOf=2005-01-01").path("content")).isEmpty();
        assertThat(api.json(NATO + "?asOf=2016-06-01").path("content")).isEmpty();
    }

    @Test
    void todaysChairIsTheTermThatCertainlyCoversToday() {
        JsonNode current = api.json(CSTO + "/current");

        assertThat(current.path("iso3").asString()).isEqualTo("RUS");
        assertThat(current.path("match").asString()).isEqualTo("CERTAIN");
    }

    @ParameterizedTest(name = "from={0}&to={1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            2006; 2006; BLR 2007 CERTAIN
            2008; 2008; KGZ 2008 CERTAIN, ARM 2009 CERTAIN
            2022; 2022; ARM 2022 CERTAIN, BLR 2023 POSSIBLE
            2023; 2023; BLR 2023 CERTAIN
            2026; 2026; RUS 2026 CERTAIN
            2026; 2027; RUS 2026 CERTAIN, TJK 2027 CERTAIN projected
            1990; 2005; ''
            """)
    void theScheduleSelectsTermsWhoseDatesOverlapTheYears(int from, int to, String expected) {
        JsonNode content = api.json(CSTO + "?from=" + from + "&to=" + to).path("content");

        assertThat(String.join(", ", describe(content))).isEqualTo(expected);
    }

    /**
     * The 2023 term and the hand-over convention (chair years 2007-2023: at the council's
     * session; from 2024: on 1 January) agree, or the term says why not: every recorded
     * term starts certainly on the day its convention gives, but Armenia's 2008-09 (the
     * day is known only within bounds) and Belarus's 2023, which TASS dates from 1
     * January while the convention then in force puts it at the 23 Nov 2022 session.
     */
    @Test
    void everyRecordedTermFollowsTheHandOverConventionOfItsChairYearOrSaysWhyNot() {
        JsonNode conventions = api.json(CSTO + "/rotation").path("handOverConventions");
        List<Integer> departing = new ArrayList<>();

        for (JsonNode term : recorded) {
            int chairYear = term.path("chairYear").asInt();
            String kind = null;
            for (JsonNode convention : conventions) {
                if (convention.path("fromChairYear").asInt() <= chairYear) {
                    kind = convention.path("kind").asString();
                }
            }
            String start = term.path("time").path("start").path("edtf").asString();
            String conventional = "FIRST_OF_JANUARY".equals(kind) ? chairYear + "-01-01"
                    : term.path("decidedOn").asString();
            if (term.path("conventionDeparture").isNull()) {
                assertThat(start).as("chair year %s under %s", chairYear, kind).isEqualTo(conventional);
            }
            else {
                departing.add(chairYear);
            }
        }

        assertThat(departing).containsExactly(2009, 2023);
        JsonNode belarus = entry(recorded, 2023);
        assertThat(belarus.path("conventionDeparture").asString()).contains("23 Nov 2022").contains("1 Jan 2023");
        assertThat(LocalDate.parse(belarus.path("decidedOn").asString()))
            .isEqualTo(LocalDate.parse(belarus.path("time").path("start").path("firstPossibleDay").asString()));
        assertThat(belarus.path("time").path("start").path("lastPossibleDay").asString()).isEqualTo("2023-01-01");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({ "?asOf=2016-06-01&from=2016, asOf", "?asOf=2016-06-01&to=2016, asOf", "?asOf=1799-12-31, asOf",
            "?asOf=2016-13-01, asOf", "?asOf=yesterday, asOf", "?asof=2016-06-01, asof" })
    void rejectsABadOrMisspeltDayWithA400ProblemNamingIt(String query, String parameter) {
        JsonNode problem = api.problem(CSTO + query, 400);

        assertThat(texts(problem.path("errors"), "field")).contains(parameter);
    }

    @Test
    void documentsAsOfAndTheMatchInTheOpenApiDescription() {
        JsonNode docs = api.json("/v3/api-docs");
        JsonNode schedule = docs.path("paths").path("/api/v1/alliances/{code}/chairmanships").path("get");
        JsonNode response = docs.path("components").path("schemas").path("ChairmanshipResponse");

        assertThat(schedule.path("description").asString()).contains("asOf")
            .contains("POSSIBLE")
            .contains("from=2006&to=2006");
        assertThat(texts(schedule.path("parameters"), "name")).contains("asOf");
        assertThat(response.path("properties").propertyNames()).contains("time", "match", "conventionDeparture");
        assertThat(response.path("properties").path("time").toString()).contains("HistoricalPeriod");
        assertThat(response.path("properties").path("endDate").path("description").asString())
            .contains("last day it can be");
    }

    @Test
    void theCsvGivesPrecisionBoundsEndStatusEdtfAndMatchForEveryTerm() throws Exception {
        List<CSVRecord> rows = csv(CSTO + "?format=csv&from=2006&to=2036");
        CSVRecord kyrgyzstan = row(rows, "2008");
        CSVRecord armenia = row(rows, "2009");

        assertThat(rows.get(0).getParser().getHeaderNames()).endsWith("rule_exception", "start_precision",
                "start_first_possible_day", "start_last_possible_day", "end_precision", "end_first_possible_day",
                "end_last_possible_day", "end_status", "edtf", "match");
        assertThat(kyrgyzstan.get("end_date")).isEqualTo("2008-09-05");
        assertThat(kyrgyzstan.get("end_precision")).isEqualTo("YEAR");
        assertThat(kyrgyzstan.get("end_first_possible_day")).isEqualTo("2008-07-21");
        assertThat(kyrgyzstan.get("end_last_possible_day")).isEqualTo("2008-09-05");
        assertThat(kyrgyzstan.get("end_status")).isEqualTo("ENDED_ON_UNCERTAIN_DAY");
        assertThat(kyrgyzstan.get("edtf")).isEqualTo("2007-10-06/2008?");
        assertThat(armenia.get("start_date")).isEqualTo("2008-09-05");
        assertThat(armenia.get("start_first_possible_day")).isEqualTo("2008-07-21");
        assertThat(row(rows, "2012").get("start_precision")).isEqualTo("DAY");
        assertThat(rows.stream().filter(r -> r.get("end_status").equals("OPEN")).map(r -> r.get("chair_year")))
            .containsExactly("2026");
        assertThat(rows.stream().filter(r -> r.get("end_date").isEmpty()).map(r -> r.get("chair_year")))
            .as("an empty end_date is a term in office, nothing else")
            .containsExactly("2026");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("match")).isEqualTo("CERTAIN"));
        assertThat(ScheduleFormat.CSV_EXAMPLE).as("the OpenAPI example's header")
            .startsWith(String.join(",", ScheduleCsv.HEADER) + "\r\n");
        assertThat(csv(CSTO + "?format=csv&asOf=2008-08-01")).extracting(r -> r.get("iso3") + " " + r.get("match"))
            .containsExactly("KGZ POSSIBLE", "ARM POSSIBLE");
    }

    @ParameterizedTest(name = "Accept-Language {0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | not recorded to the day                | latest possible hand-over
            ru | не датирована точно                     | последнего возможного дня передачи
            ar | لم يُسجَّل يوم تسلّم هذه الدولة للرئاسة بدقة | آخر يوم ممكن للتسليم
            """)
    void theCalendarKeepsATermWithAnUncertainHandOverAndSaysSoInItsDescription(String language, String start,
            String end) throws Exception {
        Calendar calendar = calendar(CSTO + "?format=ics", language);
        VEvent kyrgyzstan = event(calendar, "csto-2008-kgz@alliance-registry");
        VEvent armenia = event(calendar, "csto-2009-arm@alliance-registry");

        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(kyrgyzstan.<DtEnd<LocalDate>>getProperty(Property.DTEND).orElseThrow().getDate())
            .isEqualTo(LocalDate.of(2008, 9, 5));
        assertThat(armenia.<DtStart<LocalDate>>getProperty(Property.DTSTART).orElseThrow().getDate())
            .isEqualTo(LocalDate.of(2008, 9, 5));
        assertThat(description(kyrgyzstan)).contains(end).contains("2008-07-21").contains("2008-09-05");
        assertThat(description(armenia)).contains(start).contains("2008-07-21").contains("2008-09-05");
        assertThat(description(event(calendar, "csto-2012-kaz@alliance-registry"))).doesNotContain("2008-07-21");
    }

    @Test
    void theCalendarOfADayHoldsEveryCandidate() throws Exception {
        Calendar calendar = calendar(CSTO + "?format=ics&asOf=2008-08-01", "en");

        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).extracting(e -> e.getUid().orElseThrow().getValue())
            .containsExactly("csto-2008-kgz@alliance-registry", "csto-2009-arm@alliance-registry");
    }

    private List<CSVRecord> csv(String uri) throws Exception {
        String body = api.get(uri).getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(body,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String chairYear) {
        return rows.stream().filter(r -> r.get("chair_year").equals(chairYear)).findFirst().orElseThrow();
    }

    private Calendar calendar(String uri, String language) throws Exception {
        MvcTestResult result = api.get(uri, HttpHeaders.ACCEPT_LANGUAGE, language);
        assertThat(result).hasStatusOk();
        return new CalendarBuilder()
            .build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
    }

    private static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT)
            .stream()
            .filter(e -> e.getUid().orElseThrow().getValue().equals(uid))
            .findFirst()
            .orElseThrow();
    }

    private static String description(VEvent event) {
        return event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
    }

    private static List<String> describe(JsonNode content) {
        List<String> described = new ArrayList<>();
        content.forEach(entry -> described.add(entry.path("iso3").asString() + " " + entry.path("chairYear").asInt()
                + " " + entry.path("match").asString() + (entry.path("projected").asBoolean() ? " projected" : "")));
        return described;
    }

}
