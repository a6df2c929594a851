package org.allianceregistry.chairmanship;

import static org.allianceregistry.chairmanship.RotationApi.CSTO;
import static org.allianceregistry.chairmanship.RotationApi.NATO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The CSV and iCalendar feeds, read back with real parsers (Commons CSV, ical4j), and how
 * a request picks its format.
 */
@RegistryIntegrationTest
class ChairmanshipFeedsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    RotationApi api;

    @BeforeEach
    void setUp() {
        api = new RotationApi(mvc);
    }

    @Test
    void csvHasAHeaderRowAndOneRecordPerTermWithRecordedAndProjectedTerms() throws Exception {
        MvcTestResult result = api.get(CSTO + "?format=csv");

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv").contains("charset=UTF-8");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\r\n").doesNotContainPattern("[^\r]\n");
        List<CSVRecord> records = parseCsv(body);
        assertThat(records).hasSize(30);
        assertThat(records.get(0).getParser().getHeaderNames())
            .startsWith("chair_year", "chair_year_label", "iso2", "iso3", "name", "start_date", "end_date")
            .contains("projected", "rule_step", "participation_frozen_since");
        CSVRecord tajikistan = byYear(records, "2027");
        assertThat(tajikistan.get("iso2")).isEqualTo("TJ");
        assertThat(tajikistan.get("iso3")).isEqualTo("TJK");
        assertThat(tajikistan.get("name")).isEqualTo("Tajikistan");
        assertThat(tajikistan.get("start_date")).isEqualTo("2027-01-01");
        assertThat(tajikistan.get("end_date")).isEqualTo("2028-01-01");
        assertThat(tajikistan.get("projected")).isEqualTo("true");
        assertThat(tajikistan.get("rule_step")).startsWith("After Russia (2026)");
        assertThat(byYear(records, "2028").get("participation_frozen_since")).isEqualTo("2024-02-22");
        CSVRecord russia = byYear(records, "2026");
        assertThat(russia.get("projected")).isEqualTo("false");
        assertThat(russia.get("end_date")).isEmpty();
        assertThat(russia.get("expected_end_date")).isEqualTo("2027-01-01");
        // Quotes and commas inside a field survive the round trip.
        assertThat(byYear(records, "2010").get("rule_exception")).contains("\"milk war\"")
            .contains(", so Russia chaired");
    }

    @Test
    void calendarParsesWithIcal4jWithoutValidationErrors() throws Exception {
        MvcTestResult result = api.get(CSTO + "?format=ics");
        Calendar calendar = parseCalendar(result);

        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(calendar.getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
            .isEqualTo(ScheduleCalendar.PRODUCT_ID);
        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
    }

    @Test
    void calendarHasOneAllDayEventPerTermIncludingThoseWithAnUncertainHandOver() throws Exception {
        MvcTestResult result = api.get(CSTO + "?format=ics");
        Calendar calendar = parseCalendar(result);
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);

        // 30 terms 2007-2036; Kyrgyzstan 2007-08 and Armenia 2008-09, whose hand-over no
        // source dates to the day, are events too (issue 15: before, 28 events).
        assertThat(events).hasSize(30);
        assertThat(calendar.<Property>getProperties(ScheduleCalendar.SKIPPED_TERM)).isEmpty();
        Instant lastModified = ZonedDateTime
            .parse(result.getResponse().getHeader(HttpHeaders.LAST_MODIFIED), DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
        for (VEvent event : events) {
            assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
            assertThat(event.getProperty(Property.DTEND).orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
            assertThat(event.<DtStamp>getProperty(Property.DTSTAMP).orElseThrow().getDate()).isEqualTo(lastModified);
            assertThat(value(event, Property.UID)).matches("csto-\\d{4}-[a-z]{3}@alliance-registry");
        }
        VEvent tajikistan = event(events, "csto-2027-tjk@alliance-registry");
        assertThat(tajikistan.<DtStart<LocalDate>>getProperty(Property.DTSTART).orElseThrow().getDate())
            .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(tajikistan.<DtEnd<LocalDate>>getProperty(Property.DTEND).orElseThrow().getDate())
            .isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(value(tajikistan, Property.SUMMARY)).isEqualTo("CSTO chairmanship: Tajikistan (projected)");
        assertThat(value(tajikistan, Property.STATUS)).isEqualTo("TENTATIVE");
        VEvent russia = event(events, "csto-2026-rus@alliance-registry");
        assertThat(russia.<DtEnd<LocalDate>>getProperty(Property.DTEND).orElseThrow().getDate())
            .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(value(russia, Property.SUMMARY)).isEqualTo("CSTO chairmanship: Russia");
        assertThat(value(russia, Property.DESCRIPTION)).contains("hand-over convention implies");
        VEvent interim = event(events, "csto-2010-rus@alliance-registry");
        assertThat(interim.<DtEnd<LocalDate>>getProperty(Property.DTEND).orElseThrow().getDate())
            .as("DTEND is exclusive: the hand-over day, when Belarus's term starts")
            .isEqualTo(
                    event(events, "csto-2011-blr@alliance-registry").<DtStart<LocalDate>>getProperty(Property.DTSTART)
                        .orElseThrow()
                        .getDate());
    }

    @ParameterizedTest(name = "Accept-Language {0}")
    @CsvSource({ "en", "ru", "ar" })
    void calendarLinesEndWithCrlfAndAreFoldedAt75Octets(String language) {
        byte[] body = api.get(CSTO + "?format=ics", HttpHeaders.ACCEPT_LANGUAGE, language)
            .getResponse()
            .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);

        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContainPattern("[^\r]\n").contains("\r\n ");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void theSameDataGivesTheSameCalendarByteForByte() {
        byte[] first = api.get(CSTO + "?format=ics").getResponse().getContentAsByteArray();
        byte[] second = api.get(CSTO + "?format=ics").getResponse().getContentAsByteArray();

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ NATO, "/api/v1/alliances/warsaw-pact/chairmanships" })
    void anAllianceWithoutARotatingChairHasNoCalendarButA404ProblemThatSaysWhy(String uri) throws Exception {
        MvcTestResult result = api.get(uri + "?format=ics");

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:no-rotating-chair");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("no chairmanship calendar");
        assertThat(api.get(uri, HttpHeaders.ACCEPT, "text/calendar")).hasStatus(404);
        assertThat(api.get(uri)).hasStatusOk();
    }

    @Test
    void aRangeWithoutATermOfKnownDatesHasNoCalendarButA404Problem() {
        MvcTestResult result = api.get(CSTO + "?format=ics&from=1960&to=1961");

        assertThat(result).hasStatus(404);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:no-calendar-events");
    }

    @ParameterizedTest(name = "Accept-Language {0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    en | CSTO chairmanship: Russia                                | Chair year 2026.             | CSTO chairmanship: Tajikistan (projected)
                    ru | Председательство в ОДКБ: Россия                        | Год председательства: 2026.  | Председательство в ОДКБ: Таджикистан (прогноз)
                    ar | رئاسة منظمة معاهدة الأمن الجماعي: روسيا               | سنة الرئاسة: 2026.           | رئاسة منظمة معاهدة الأمن الجماعي: طاجيكستان (متوقعة)
                    """)
    void everyLanguagesCalendarPassesIcal4jsValidatorAndSpeaksThatLanguage(String language, String russia,
            String chairYear, String tajikistan) throws Exception {
        Calendar calendar = parseCalendar(api.get(CSTO + "?format=ics", HttpHeaders.ACCEPT_LANGUAGE, language));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);

        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(value(event(events, "csto-2026-rus@alliance-registry"), Property.SUMMARY)).isEqualTo(russia);
        assertThat(value(event(events, "csto-2026-rus@alliance-registry"), Property.DESCRIPTION)).startsWith(chairYear);
        assertThat(value(event(events, "csto-2027-tjk@alliance-registry"), Property.SUMMARY)).isEqualTo(tajikistan);
        if (!language.equals("en")) {
            String script = language.equals("ru") ? "\\p{IsCyrillic}" : "\\p{IsArabic}";
            for (VEvent event : events) {
                assertThat(value(event, Property.SUMMARY)).as("no English words").doesNotContainPattern("[A-Za-z]");
                assertThat(value(event, Property.DESCRIPTION)).containsPattern(script);
            }
            assertThat(calendar.<Property>getProperties(ScheduleCalendar.SKIPPED_TERM)).extracting(Property::getValue)
                .allSatisfy(skipped -> assertThat(skipped).doesNotContainPattern("[A-Za-z]"));
            assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).containsPattern(script)
                .doesNotContainPattern("[A-Za-z]");
        }
    }

    @Test
    void todaysChairInRussianIsAValidCalendar() throws Exception {
        Calendar calendar = parseCalendar(api.get(CSTO + "/current?format=ics", HttpHeaders.ACCEPT_LANGUAGE, "ru"));

        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(calendar.getComponents(VEvent.VEVENT)).singleElement()
            .satisfies(event -> assertThat(value((VEvent) event, Property.SUMMARY))
                .isEqualTo("Председательство в ОДКБ: Россия"));
    }

    @Test
    void todaysChairComesBackInAllThreeFormats() throws Exception {
        JsonNode json = api.json(CSTO + "/current");
        List<CSVRecord> csv = parseCsv(api.get(CSTO + "/current", HttpHeaders.ACCEPT, "text/csv")
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
        Calendar calendar = parseCalendar(api.get(CSTO + "/current?format=ics"));

        assertThat(json.path("iso3").asString()).isEqualTo("RUS");
        assertThat(csv).singleElement().satisfies(record -> assertThat(record.get("iso3")).isEqualTo("RUS"));
        assertThat(calendar.getComponents(VEvent.VEVENT)).singleElement()
            .satisfies(event -> assertThat(value((VEvent) event, Property.UID))
                .isEqualTo("csto-2026-rus@alliance-registry"));
    }

    @ParameterizedTest(name = "Accept {0}, format {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                    | ''   | application/json
            */*                                   | ''   | application/json
            application/json                      | ''   | application/json
            text/csv                              | ''   | text/csv;header=present;charset=UTF-8
            text/calendar                         | ''   | text/calendar;charset=UTF-8
            text/*                                | ''   | text/csv;header=present;charset=UTF-8
            'application/json;q=0.5, text/calendar' | ''   | text/calendar;charset=UTF-8
            'text/html, */*;q=0.1'                | ''   | application/json
            application/json                      | ics  | text/calendar;charset=UTF-8
            image/png                             | CSV  | text/csv;header=present;charset=UTF-8
            ''                                    | json | application/json
            """)
    void theFormatParameterWinsOverAcceptWhichWinsOverTheDefault(String accept, String format, String contentType) {
        String uri = CSTO + (format.isEmpty() ? "" : "?format=" + format);
        MvcTestResult result = accept.isEmpty() ? api.get(uri) : api.get(uri, HttpHeaders.ACCEPT, accept);

        assertThat(result).hasStatusOk();
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType()))
            .isEqualTo(MediaType.parseMediaType(contentType));
    }

    @ParameterizedTest(name = "Accept {0} -> 406")
    @CsvSource({ "image/png", "text/plain", "'application/xml, text/html'", "not a media type" })
    void anUnsupportedAcceptAnswersA406ProblemInJson(String accept) {
        JsonNode problem = api.problem(CSTO, 406, HttpHeaders.ACCEPT, accept);

        assertThat(problem.path("type").asString()).isEqualTo("urn:alliance-registry:problem:not-acceptable");
        assertThat(problem.path("status").asInt()).isEqualTo(406);
    }

    private static List<CSVRecord> parseCsv(String body) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            return parser.getRecords();
        }
    }

    private static CSVRecord byYear(List<CSVRecord> records, String chairYear) {
        return records.stream().filter(record -> record.get("chair_year").equals(chairYear)).findFirst().orElseThrow();
    }

    private static Calendar parseCalendar(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return new CalendarBuilder()
            .build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
    }

    private static VEvent event(List<VEvent> events, String uid) {
        return events.stream().filter(event -> value(event, Property.UID).equals(uid)).findFirst().orElseThrow();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

}
