package org.allianceregistry.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.revision.RegistryRevision;
import org.allianceregistry.revision.RegistryRevisionService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The research datasets over HTTP: an editor imports the producers' files, the figures
 * come out as the producers publish them, a bad file is refused with its line and leaves
 * the data as they were, the same files again change nothing, and the questions "members
 * of alliance N on day D" and "alliances of state X on day D" are answered, or refused
 * outside the coverage.
 */
@RegistryIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatasetApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistryRevisionService revisions;

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void aDatasetNotYetImportedAnswers404SayingHowToImportIt() {
        JsonNode list = get("/api/v1/datasets");

        assertThat(list.path("content").findValuesAsString("id")).containsExactly("atop-4.01", "cow-4.1");
        assertThat(mvc.get().uri("/api/v1/datasets/cow-4.1")).hasStatus(404)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:dataset-not-imported");
        assertThat(mvc.get().uri("/api/v1/datasets/cow-4.1/alliances")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/datasets/sipri-2024")).hasStatus(404)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:dataset-not-found");
        JsonNode comparison = get("/api/v1/alliances/csto/comparison");
        assertThat(comparison.path("datasets").findValuesAsString("imported")).containsExactly("false", "false");
        assertThat(comparison.path("datasets").get(1).path("note").asString()).contains("has not been imported")
            .contains("NOT_IMPORTED");
        assertThat(comparison.path("states").get(0).path("datasets")).isEmpty();
    }

    @Test
    @Order(2)
    void anEditorImportsAtopOverRealHttpAndItsFiguresAreTheProducers() throws Exception {
        Map<String, byte[]> files = DatasetFixtures.atop();
        RegistryRevision before = revisions.current();

        long started = System.nanoTime();
        HttpResponse<String> response = putOverHttp("/api/v1/datasets/atop-4.01", files);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out
            .println("ATOP 4.01 import over HTTP (parse, check, store " + "2,398 member rows): " + millis + " ms");

        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        assertThat(revisions.current().number()).isGreaterThan(before.number());
        JsonNode atop = get("/api/v1/datasets/atop-4.01");
        JsonNode figures = atop.path("figures");
        assertThat(figures.path("alliances").asInt()).isEqualTo(745);
        assertThat(figures.path("memberRows").asInt()).isEqualTo(2398);
        assertThat(figures.path("memberRowsInEffectAtCoverageEnd").asInt()).isEqualTo(1062);
        assertThat(figures.path("alliancesInEffectAtCoverageEnd").asInt()).isEqualTo(334);
        assertThat(figures.path("multiPhaseAlliances").asInt()).isEqualTo(43);
        assertThat(figures.path("nonAggressionOnlyPacts").asInt()).isEqualTo(172);
        assertThat(atop.path("coverage").path("end").asString()).isEqualTo("2016-12-31");
        assertThat(atop.path("citation").asString()).contains("Leeds", "International Interactions");
        assertThat(atop.path("files").findValuesAsString("sha256")).containsExactly(
                "c5f9ea6adf97b626cd63df54ca2aacce7dd808d0090b8c54610d95c8824410ec",
                "37533634acbba64af9b900425fad50fcecb69f4a80f9f1d22d9847911bf21e40");
        assertThat(get("/api/v1/datasets/atop-4.01/alliances?obligation=NON_AGGRESSION_ONLY&size=1").path("page")
            .path("totalElements")
            .asInt()).isEqualTo(172);
        assertThat(get("/api/v1/datasets/atop-4.01/alliances?obligation=DEFENCE&size=1").path("page")
            .path("totalElements")
            .asInt()).isEqualTo(275);
    }

    @Test
    @Order(3)
    void importingTheSameFilesAgainChangesNothing() {
        Map<String, byte[]> files = DatasetFixtures.cow();
        String written = put("cow-4.1", files).getResponse().getHeader(HttpHeaders.ETAG);
        RegistryRevision revision = revisions.current();
        String etag = etag("/api/v1/datasets/cow-4.1");
        String listEtag = etag("/api/v1/datasets/cow-4.1/alliances?state=365");

        MvcTestResult again = put("cow-4.1", files);

        assertThat(again).hasStatus(200);
        assertThat(again.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(written);
        assertThat(revisions.current()).isEqualTo(revision);
        assertThat(etag("/api/v1/datasets/cow-4.1")).isEqualTo(etag);
        assertThat(etag("/api/v1/datasets/cow-4.1/alliances?state=365")).isEqualTo(listEtag);
        JsonNode figures = get("/api/v1/datasets/cow-4.1").path("figures");
        assertThat(figures.path("alliances").asInt()).isEqualTo(414);
        assertThat(figures.path("memberRows").asInt()).isEqualTo(1221);
        assertThat(figures.path("memberYears").asInt()).isEqualTo(21_315);
    }

    @Test
    @Order(4)
    void otherFilesReplaceTheDatasetInOneStepAndAreAudited() {
        Map<String, byte[]> original = DatasetFixtures.cow();
        put("cow-4.1", original);
        String etag = etag("/api/v1/datasets/cow-4.1");
        // Line 2: alliance 1, the United Kingdom; its defence flag becomes 0.
        Map<String, byte[]> edited = DatasetFixtures.withLine(original, CowParser.MEMBERS, 2,
                line -> DatasetFixtures.withField(line, 18, "0"));

        MvcTestResult replaced = put("cow-4.1", edited);
        String replacedEtag = etag("/api/v1/datasets/cow-4.1");
        JsonNode ukRow = get("/api/v1/datasets/cow-4.1/alliances/1").path("members").get(0);
        JsonNode change = last(get("/api/v1/changes?size=250").path("content"));
        MvcTestResult restored = put("cow-4.1", original);

        assertThat(replaced).hasStatus(200);
        assertThat(replacedEtag).isNotEqualTo(etag);
        assertThat(ukRow.path("obligations").path("defence").asBoolean()).isFalse();
        assertThat(change.path("entityType").asString()).isEqualTo("dataset");
        assertThat(change.path("action").asString()).isEqualTo("UPDATE");
        assertThat(change.path("entityKey").asString()).isEqualTo("cow-4.1");
        assertThat(change.path("after").path("figures").path("memberRows").asInt()).isEqualTo(1221);
        assertThat(restored).hasStatus(200);
        assertThat(get("/api/v1/datasets/cow-4.1/alliances/1").path("members")
            .get(0)
            .path("obligations")
            .path("defence")
            .asBoolean()).isTrue();
    }

    @Test
    @Order(5)
    void aBadFileIsRefusedWholeWithItsLineAndTheDataStayAsBefore() {
        Map<String, byte[]> cow = DatasetFixtures.cow();
        put("cow-4.1", cow);
        JsonNode before = get("/api/v1/datasets/cow-4.1");
        RegistryRevision revision = revisions.current();
        List<Map<String, byte[]>> bad = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        bad.add(DatasetFixtures.withLine(cow, CowParser.MEMBERS, 40, line -> line.substring(0, 30)));
        expected.add("line 40, column ");
        bad.add(DatasetFixtures.withLine(cow, CowParser.MEMBERS, 41, line -> DatasetFixtures.withField(line, 0, "2x")));
        expected.add("line 41, column 1 (version4id)");
        bad.add(DatasetFixtures.withLine(cow, CowParser.MEMBERS, 42,
                line -> DatasetFixtures.withField(line, 1, "999")));
        expected.add("line 42, column 2 (ccode)");
        // Line 4: alliance 2, Sweden, 1816 to 1911; its exit year becomes 1815.
        bad.add(DatasetFixtures.withLine(cow, CowParser.MEMBERS, 4,
                line -> DatasetFixtures.withField(line, 15, "1815")));
        expected.add("line 4, column 16 (mem_end_year)");

        for (int i = 0; i < bad.size(); i++) {
            MvcTestResult refused = put("cow-4.1", bad.get(i));

            assertThat(refused).hasStatus(422);
            JsonNode problem = body(refused);
            assertThat(problem.path("type").asString()).isEqualTo("urn:alliance-registry:problem:dataset-file-invalid");
            assertThat(problem.path("detail").asString()).startsWith(CowParser.MEMBERS).contains(expected.get(i));
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(CowParser.MEMBERS);
        }

        assertThat(revisions.current()).isEqualTo(revision);
        assertThat(get("/api/v1/datasets/cow-4.1")).isEqualTo(before);
    }

    @Test
    @Order(6)
    void anImportNeedsExactlyTheProducersFilesAndAnEditor() {
        Map<String, byte[]> atop = DatasetFixtures.atop();

        MvcTestResult missing = put("atop-4.01", Map.of(AtopParser.MEMBERS, atop.get(AtopParser.MEMBERS)));
        MvcTestResult unexpected = put("cow-4.1", Map.of("alliance_v4.1_by_dyad.csv", new byte[] { 1 },
                CowParser.MEMBERS, DatasetFixtures.cow().get(CowParser.MEMBERS)));
        MvcTestResult anonymous = mvc.put()
            .uri("/api/v1/datasets/atop-4.01")
            .multipart()
            .file(new MockMultipartFile(AtopParser.MEMBERS, AtopParser.MEMBERS, "text/csv", new byte[] { 1 }))
            .exchange();

        assertThat(missing).hasStatus(422)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo(AtopParser.ALLIANCES);
        assertThat(unexpected).hasStatus(422)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:dataset-file-unexpected");
        assertThat(anonymous).hasStatus(401);
    }

    @Test
    @Order(7)
    void membersOfAnAllianceOnADay() {
        put("atop-4.01", DatasetFixtures.atop());
        put("cow-4.1", DatasetFixtures.cow());

        JsonNode natoIn1990 = get("/api/v1/datasets/atop-4.01/alliances/3180/members?asOf=1990-01-01&size=250");
        JsonNode warsawPactIn1957 = get("/api/v1/datasets/cow-4.1/alliances/243/members?asOf=1957-01-01");
        JsonNode nato = get("/api/v1/datasets/atop-4.01/alliances/3180");

        assertThat(natoIn1990.path("content").findValuesAsString("stateCode")).contains("2", "260")
            .doesNotContain("255", "290");
        assertThat(natoIn1990.path("page").path("totalElements").asInt()).isEqualTo(16);
        assertThat(warsawPactIn1957.path("content").findValuesAsString("stateCode")).hasSize(7).doesNotContain("310");
        assertThat(nato.path("cowNumber").asInt()).isEqualTo(227);
        assertThat(nato.path("phases").findValuesAsString("phase")).containsExactly("1", "2");
        assertThat(nato.path("phases").get(1).path("start").path("value").asString()).isEqualTo("1951-06-19");
        assertThat(nato.path("members")).hasSize(42);
        assertThat(nato.path("members").get(0).path("source").path("file").asString()).isEqualTo(AtopParser.MEMBERS);
        JsonNode conditions = natoIn1990.path("content").get(0).path("conditions");
        assertThat(conditions.path("defence").valueStream().map(JsonNode::asString)).containsExactly("LOCATION");
        assertThat(conditions.path("offence").isNull()).isTrue();
        assertThat(conditions.path("noOtherAlliance").asBoolean()).isTrue();
        assertThat(warsawPactIn1957.path("content").get(0).path("conditions").path("defence").isNull()).isTrue();
        assertThat(natoIn1990.path("content").get(0).path("entry").path("edtf").asString())
            .matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @Order(8)
    void alliancesOfAStateOnADayAndRefusalsOutsideTheCoverage() {
        put("atop-4.01", DatasetFixtures.atop());

        JsonNode usa = get("/api/v1/datasets/atop-4.01/alliances?state=2&size=250");
        JsonNode ussrIn1990 = get("/api/v1/datasets/atop-4.01/alliances?state=365&asOf=1990-01-01&size=250");
        MvcTestResult after = mvc.get()
            .uri("/api/v1/datasets/atop-4.01/alliances?state=365&asOf=2020-01-01")
            .exchange();
        MvcTestResult before = mvc.get()
            .uri("/api/v1/datasets/atop-4.01/alliances/3180/members?asOf=1800-01-01")
            .exchange();

        assertThat(usa.path("page").path("totalElements").asInt()).isEqualTo(33);
        assertThat(ussrIn1990.path("content").findValuesAsString("number")).contains("3285");
        assertThat(after).hasStatus(422)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:dataset-date-outside-coverage");
        assertThat(before).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("asOf");
        assertThat(mvc.get().uri("/api/v1/datasets/atop-4.01/alliances?state=XQ")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/datasets/atop-4.01/alliances/9999")).hasStatus(404);
    }

    @Test
    @Order(9)
    void isoCodesAskTheDatasetsThroughTheCowCrosswalk() {
        put("atop-4.01", DatasetFixtures.atop());
        put("cow-4.1", DatasetFixtures.cow());

        JsonNode russia = get("/api/v1/datasets/cow-4.1/alliances?state=RU&asOf=2008-08-08&size=250");
        JsonNode georgia = get("/api/v1/datasets/cow-4.1/alliances?state=GEO&asOf=2008-08-08&size=250");
        JsonNode ussr = get("/api/v1/datasets/atop-4.01/alliances?state=SU&asOf=1990-01-01&size=250");
        JsonNode russiaIn1990 = get("/api/v1/datasets/atop-4.01/alliances?state=RU&asOf=1990-01-01");
        JsonNode byNumber = get("/api/v1/datasets/atop-4.01/alliances?state=365&asOf=1990-01-01&size=250");

        // COW codes no 1999 exits from the Collective Security Treaty: Georgia is
        // Russia's ally in 2008.
        assertThat(russia.path("content").findValuesAsString("number")).contains("350", "349");
        assertThat(georgia.path("content").findValuesAsString("number")).contains("350", "349");
        assertThat(ussr.path("content").findValuesAsString("number"))
            .containsExactlyElementsOf(byNumber.path("content").findValuesAsString("number"))
            .contains("3285");
        // 365 stood for the Soviet Union in 1990, not for Russia.
        assertThat(russiaIn1990.path("content")).isEmpty();
    }

    @Test
    @Order(10)
    void theCstoComparedWithAtopAndCow() {
        put("atop-4.01", DatasetFixtures.atop());
        put("cow-4.1", DatasetFixtures.cow());

        JsonNode comparison = get("/api/v1/alliances/csto/comparison");

        assertThat(comparison.path("datasets").findValuesAsString("imported")).containsExactly("true", "true");
        assertThat(comparison.path("reasons").findValuesAsString("code")).contains("DATE_KIND", "EXIT_ABSENT",
                "DATES_DIFFER", "OUTSIDE_COVERAGE", "STATE_IDENTITY", "DUPLICATE_ROWS", "ABSENT_IN_DATASET",
                "ABSENT_IN_RECORD");
        // COW: no exit for Georgia (the record: a party through 20 Apr 1999, out from 21
        // Apr by non-renewal).
        JsonNode georgiaCow = side(comparison, "GEO", "cow-4.1");
        assertThat(georgiaCow.path("pairs").get(0).path("record").path("end").asString()).isEqualTo("1999-04-21");
        assertThat(georgiaCow.path("pairs").get(0).path("dataset").path("exit").isNull()).isTrue();
        assertThat(reasons(georgiaCow)).contains("EXIT_ABSENT", "DUPLICATE_ROWS");
        // ATOP exits Georgia on its last day as a party, 20 Apr 1999: the record's end.
        assertThat(reasons(side(comparison, "GEO", "atop-4.01"))).doesNotContain("EXIT_ABSENT", "DATES_DIFFER");
        // COW keeps an overlapping second CST row, 349, with Moldova, Ukraine and
        // Turkmenistan.
        for (String iso3 : List.of("MDA", "UKR", "TKM")) {
            JsonNode cow = side(comparison, iso3, "cow-4.1");
            assertThat(cow.path("rows").findValuesAsString("allianceNumber")).containsOnly("349");
            assertThat(reasons(cow)).containsExactly("ABSENT_IN_RECORD");
            assertThat(state(comparison, iso3).path("record")).isEmpty();
        }
        assertThat(side(comparison, "RUS", "cow-4.1").path("rows").findValuesAsString("allianceNumber"))
            .containsExactly("350", "349");
        // ATOP: Uzbekistan back from 17 Aug 2006 to 28 Jun 2012; the record from 16 Aug
        // 2006 and suspended, not out,
        // from 19 Dec 2012.
        JsonNode uzbekistan = side(comparison, "UZB", "atop-4.01");
        JsonNode second = uzbekistan.path("pairs").get(1);
        assertThat(second.path("dataset").path("entry").path("value").asString()).isEqualTo("2006-08-17");
        assertThat(second.path("dataset").path("exit").path("value").asString()).isEqualTo("2012-06-28");
        assertThat(second.path("record").path("start").asString()).isEqualTo("2006-08-16");
        assertThat(second.path("record").path("end").isNull()).isTrue();
        assertThat(second.path("record").path("suspendedFrom").asString()).isEqualTo("2012-12-19");
        assertThat(second.path("differences").findValuesAsString("reason")).containsExactly("DATES_DIFFER",
                "DATES_DIFFER");
        assertThat(second.path("differences").get(1).path("detail").asString()).contains("suspended from 2012-12-19");
    }

    @Test
    @Order(11)
    void natoComparedWithAtopAndCow() {
        JsonNode comparison = get("/api/v1/alliances/nato/comparison");

        // COW dates Poland's entry by deposit (12 Mar 1999, as the record) but Greece's
        // by signature (22 Oct 1951).
        JsonNode polandCow = side(comparison, "POL", "cow-4.1");
        assertThat(polandCow.path("pairs").get(0).path("dataset").path("entry").path("value").asString())
            .isEqualTo("1999-03-12");
        assertThat(reasons(polandCow)).isEmpty();
        JsonNode greeceCow = side(comparison, "GRC", "cow-4.1");
        assertThat(greeceCow.path("pairs").get(0).path("dataset").path("entry").path("value").asString())
            .isEqualTo("1951-10-22");
        assertThat(reasons(greeceCow)).containsExactly("DATE_KIND");
        // ATOP dates every entry by the accession protocol's signature.
        assertThat(side(comparison, "POL", "atop-4.01").path("pairs")
            .get(0)
            .path("dataset")
            .path("entry")
            .path("value")
            .asString()).isEqualTo("1997-12-16");
        for (String iso3 : List.of("POL", "GRC", "TUR", "ESP", "SVK", "ALB")) {
            assertThat(reasons(side(comparison, iso3, "atop-4.01"))).as(iso3).containsExactly("DATE_KIND");
        }
        // Germany: 260 until reunification, 255 after; Finland joined after both datasets
        // end.
        assertThat(reasons(side(comparison, "DEU", "atop-4.01"))).contains("STATE_IDENTITY", "DATE_KIND");
        assertThat(reasons(side(comparison, "FIN", "atop-4.01"))).containsExactly("OUTSIDE_COVERAGE");
        assertThat(reasons(side(comparison, "FIN", "cow-4.1"))).containsExactly("OUTSIDE_COVERAGE");
    }

    @Test
    @Order(12)
    void theWarsawPactComparedWithAtopAndCowAsJsonAndCsv() throws Exception {
        JsonNode comparison = get("/api/v1/alliances/warsaw-pact/comparison");
        MvcTestResult csv = mvc.get()
            .uri("/api/v1/alliances/warsaw-pact/comparison")
            .header(HttpHeaders.ACCEPT, "text/csv")
            .exchange();
        MvcTestResult csvByParameter = mvc.get().uri("/api/v1/alliances/warsaw-pact/comparison?format=csv").exchange();

        // COW has Hungary out from November 1956 for good; the record keeps it to the
        // dissolution.
        JsonNode hungary = side(comparison, "HUN", "cow-4.1");
        assertThat(hungary.path("pairs").get(0).path("dataset").path("exit").path("value").asString())
            .isEqualTo("1956-11-15");
        assertThat(hungary.path("pairs").get(0).path("record").path("end").asString()).isEqualTo("1991-07-01");
        assertThat(reasons(hungary)).containsExactly("DATES_DIFFER");
        // COW's 365, "Russia", is the Soviet Union in 1955-1991.
        JsonNode ussr = side(comparison, "SUN", "cow-4.1");
        assertThat(ussr.path("rows").get(0).path("stateName").asString()).isEqualTo("Russia");
        assertThat(reasons(ussr)).containsExactly("STATE_IDENTITY");
        assertThat(csv).hasStatus(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith(ComparisonCsv.HEADER + "\r\n")
            .contains("warsaw-pact,HU,HUN,Hungary,cow-4.1,1955-05-14,ORIGINAL_SIGNATORY,1991-07-01,DISSOLUTION,,243,"
                    + "1955-05-14,1956-11-15,DATES_DIFFER,")
            // The record's period as the sources know it: precision and bounds of its
            // start
            // and exclusive end, its EDTF (last day inclusive) and its end status.
            .containsPattern("warsaw-pact,HU,HUN,Hungary,cow-4.1,[^\r\n]*,DAY,,,DAY,,,1955-05-14/1991-06-30,ENDED\r\n");
        assertThat(csvByParameter).hasStatus(200);
        assertThat(csvByParameter.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(mvc.get().uri("/api/v1/alliances/warsaw-pact/comparison?format=xml")).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/alliances/sco/comparison")).hasStatus(404);
    }

    private static JsonNode state(JsonNode comparison, String iso3) {
        for (JsonNode state : comparison.path("states")) {
            if (iso3.equals(state.path("iso3").asString(null))) {
                return state;
            }
        }
        throw new AssertionError("no state " + iso3 + " in the comparison");
    }

    private static JsonNode side(JsonNode comparison, String iso3, String dataset) {
        for (JsonNode side : state(comparison, iso3).path("datasets")) {
            if (dataset.equals(side.path("dataset").asString())) {
                return side;
            }
        }
        throw new AssertionError("no " + dataset + " side for " + iso3);
    }

    private static List<String> reasons(JsonNode side) {
        return side.path("pairs").findValuesAsString("reason");
    }

    private MvcTestResult put(String id, Map<String, byte[]> files) {
        var request = mvc.put().uri("/api/v1/datasets/" + id).header(HttpHeaders.AUTHORIZATION, EDITOR).multipart();
        files.forEach((name, content) -> request.file(new MockMultipartFile(name, name, "text/csv", content)));
        return request.exchange();
    }

    private HttpResponse<String> putOverHttp(String path, Map<String, byte[]> files) throws Exception {
        String boundary = "dataset-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey()
                    + "\"; filename=\"" + file.getKey() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
            .method(HttpMethod.PUT.name(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s: %s", uri, result.getResponse().getContentAsByteArray().length).hasStatus(200);
        return body(result);
    }

    private String etag(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(200);
        return result.getResponse().getHeader(HttpHeaders.ETAG);
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static JsonNode body(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

}
