package org.allianceregistry.secretarygeneral;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.allianceregistry.RegistryIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSTO's Secretaries-General against section 6 of the fact sheet: the five appointed
 * holders and the two acting terms, the 2015 rotation rule, who held the post on a day,
 * and the alliances the registry holds none of.
 */
@RegistryIntegrationTest
class SecretaryGeneralIntegrationTests {

    static final String CSTO = "/api/v1/alliances/csto/secretaries-general";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * Section 6 term by term: the first day and the first day out of office (exclusive).
     */
    @Test
    void listsTheFiveSecretariesGeneralAndTheActingOnesInOrderWithTheDatesOfTheFactSheet() {
        JsonNode page = get(CSTO);

        assertThat(page.propertyNames()).containsExactly("content", "page");
        assertThat(describe(page.path("content"))).containsExactly(
                "1 Nikolai Bordyuzha RUS APPOINTED 2003-04-28 2017-01-01",
                "- Valery Semerikov RUS ACTING 2017-01-01 2017-05-02",
                "2 Yuri Khachaturov ARM ROTATION 2017-05-02 2018-11-02",
                "- Valery Semerikov RUS ACTING 2018-11-02 2020-01-01",
                "3 Stanislav Zas BLR ROTATION 2020-01-01 2023-01-01",
                "4 Imangali Tasmagambetov KAZ ROTATION 2023-01-01 2026-01-01",
                "5 Taalatbek Masadykov KGZ ROTATION 2026-01-01 open");
        assertThat(page.path("page").path("totalElements").asInt()).isEqualTo(7);
    }

    @Test
    void eachTermCarriesItsTimeAppointmentSourcesAndVerification() {
        JsonNode content = get(CSTO).path("content");
        JsonNode bordyuzha = content.get(0);
        JsonNode khachaturov = content.get(2);
        JsonNode masadykov = content.get(6);

        assertThat(bordyuzha.path("time").path("lastDay").path("edtf").asString()).isEqualTo("2016-12-31");
        assertThat(bordyuzha.path("time").path("endStatus").asString()).isEqualTo("ENDED");
        assertThat(bordyuzha.path("note").asString()).contains("21 Dec 2015").contains("19 Dec 2012");
        assertThat(codes(bordyuzha)).containsExactly("R95", "R114", "R115", "R116");
        assertThat(khachaturov.path("appointed").path("edtf").asString()).as("appointed in April 2017")
            .isEqualTo("2017-04");
        assertThat(khachaturov.path("appointed").path("precision").asString()).isEqualTo("MONTH");
        assertThat(khachaturov.path("appointedAt").asString()).contains("Bishkek");
        assertThat(khachaturov.path("note").asString()).contains("cut short");
        assertThat(codes(khachaturov)).contains("R117", "R118", "R119", "R125");
        assertThat(content.get(4).path("note").asString()).contains("rather than Armenia");
        assertThat(masadykov.path("time").path("endStatus").asString()).isEqualTo("OPEN");
        assertThat(masadykov.path("time").path("end").isNull()).isTrue();
        assertThat(masadykov.path("scheduledEnd").path("edtf").asString()).isEqualTo("2029-01-01");
        assertThat(masadykov.path("appointed").path("edtf").asString()).isEqualTo("2025-11-27");
        assertThat(codes(masadykov)).containsExactly("R69", "R123", "R124", "R125");
        content.forEach(term -> {
            assertThat(term.path("verification").asString()).isEqualTo("VERIFIED");
            assertThat(term.path("sources")).isNotEmpty();
            assertThat(term.path("match").isNull()).isTrue();
            assertThat(term.path("acting").asBoolean()).isEqualTo(term.path("appointment").asString().equals("ACTING"));
            assertThat(term.path("number").isNull()).isEqualTo(term.path("acting").asBoolean());
        });
    }

    @Test
    void theTermsFollowOneAnotherWithoutGapOrOverlap() {
        JsonNode content = get(CSTO).path("content");

        for (int i = 1; i < content.size(); i++) {
            assertThat(content.get(i).path("time").path("start").path("date").asString())
                .as("start of %s", content.get(i).path("name").asString())
                .isEqualTo(content.get(i - 1).path("time").path("end").path("date").asString());
        }
    }

    @ParameterizedTest(name = "asOf {0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            2003-04-28; Nikolai Bordyuzha CERTAIN
            2016-12-31; Nikolai Bordyuzha CERTAIN
            2017-01-01; Valery Semerikov CERTAIN
            2017-05-01; Valery Semerikov CERTAIN
            2017-05-02; Yuri Khachaturov CERTAIN
            2018-11-01; Yuri Khachaturov CERTAIN
            2018-11-02; Valery Semerikov CERTAIN
            2020-01-01; Stanislav Zas CERTAIN
            2025-12-31; Imangali Tasmagambetov CERTAIN
            2026-03-01; Taalatbek Masadykov CERTAIN
            2028-12-31; Taalatbek Masadykov CERTAIN
            2029-01-01; ''
            2003-04-27; ''
            """)
    void whoWasSecretaryGeneralOnADay(String day, String expected) {
        List<String> holders = new ArrayList<>();
        get(CSTO + "?asOf=" + day).path("content")
            .forEach(term -> holders.add(term.path("name").asString() + " " + term.path("match").asString()));

        assertThat(String.join(", ", holders)).isEqualTo(expected);
    }

    @Test
    void namesTheStatesInTheLanguageOfAcceptLanguage() {
        MvcTestResult result = mvc.get()
            .uri(CSTO + "?asOf=2020-06-01")
            .header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
            .exchange();

        assertThat(result).hasStatusOk();
        assertThat(json.readTree(result.getResponse().getContentAsByteArray())
            .path("content")
            .get(0)
            .path("state")
            .path("name")
            .asString()).isEqualTo("Беларусь");
    }

    @Test
    void pagesAndSortsLikeEveryList() {
        JsonNode page = get(CSTO + "?size=2&page=1");
        JsonNode byName = get(CSTO + "?sort=name,desc&size=1");

        assertThat(page.path("content").get(0).path("name").asString()).isEqualTo("Yuri Khachaturov");
        assertThat(page.path("page").path("totalPages").asInt()).isEqualTo(4);
        assertThat(byName.path("content").get(0).path("name").asString()).isEqualTo("Yuri Khachaturov");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/api/v1/alliances/nato/secretaries-general", "/api/v1/alliances/warsaw-pact/secretaries-general",
            "/api/v1/alliances/nato/secretaries-general?asOf=2020-01-01" })
    void anAllianceTheRegistryHoldsNoSecretariesGeneralOfIsA404ProblemNotAnEmptyList(String uri) {
        JsonNode problem = problem(uri, 404);

        assertThat(problem.path("type").asString())
            .isEqualTo("urn:alliance-registry:problem:secretaries-general-not-recorded");
        assertThat(problem.path("detail").asString()).contains("not a statement that it had none");
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource({ CSTO + "?asof=2020-01-01, 400, asof", CSTO + "?asOf=2020-02-30, 400, asOf",
            CSTO + "?asOf=1799-12-31, 400, asOf", CSTO + "?sort=ordinal, 400, sort", CSTO + "?size=0, 400, size",
            "/api/v1/alliances/seato/secretaries-general, 404, ''" })
    void badParametersAndUnknownAlliancesAreProblems(String uri, int status, String field) {
        JsonNode problem = problem(uri, status);

        if (!field.isEmpty()) {
            assertThat(problem.path("errors").toString()).contains("\"field\":\"" + field + "\"");
        }
    }

    @Test
    void isServedThroughTheReadCacheWithAStrongETagAnd304() {
        MvcTestResult first = mvc.get().uri(CSTO + "?asOf=2018-01-01").exchange();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        MvcTestResult again = mvc.get()
            .uri(CSTO + "?asOf=2018-01-01")
            .header(HttpHeaders.IF_NONE_MATCH, etag)
            .exchange();

        assertThat(etag).startsWith("\"");
        assertThat(again).hasStatus(304);
    }

    @Test
    void costsTheSameFewStatementsWhateverThePageSize() {
        long one = statements(CSTO + "?size=1", "ZA");
        long all = statements(CSTO + "?size=250", "ZB");
        long onADay = statements(CSTO + "?asOf=2018-01-01", "ZC");

        assertThat(all).isLessThanOrEqualTo(one);
        assertThat(onADay).isLessThanOrEqualTo(one);
        // The read cache takes one for the revision; the alliance and its terms one each.
        assertThat(one).isLessThanOrEqualTo(3);
    }

    @Test
    void isDocumentedLikeTheOtherLists() {
        JsonNode docs = get("/v3/api-docs");
        JsonNode list = docs.path("paths").path("/api/v1/alliances/{code}/secretaries-general").path("get");

        assertThat(list.path("operationId").asString()).isEqualTo("listSecretariesGeneral");
        assertThat(list.path("security")).isEmpty();
        assertThat(list.path("responses").propertyNames()).contains("200", "304", "400", "404", "406", "503");
        assertThat(list.path("description").asString()).contains("secretaries-general-not-recorded")
            .contains("15 Sep 2015");
        List<String> parameters = new ArrayList<>();
        list.path("parameters").forEach(p -> parameters.add(p.path("name").asString()));
        assertThat(parameters).containsExactlyInAnyOrder("code", "asOf", "page", "size", "sort");
        JsonNode schema = docs.path("components").path("schemas").path("SecretaryGeneralResponse");
        assertThat(schema.path("properties").propertyNames()).contains("time", "appointment", "match", "sources",
                "verification");
    }

    private long statements(String uri, String region) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        // A language region of its own makes the request a read-cache miss.
        assertThat(mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, "en-" + region).exchange()).hasStatusOk();
        return statistics.getPrepareStatementCount();
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private JsonNode problem(String uri, int status) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatus(status);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        return json.readTree(result.getResponse().getContentAsByteArray());
    }

    private static List<String> codes(JsonNode term) {
        List<String> codes = new ArrayList<>();
        term.path("sources").forEach(source -> codes.add(source.path("code").asString()));
        return codes;
    }

    private static List<String> describe(JsonNode content) {
        List<String> described = new ArrayList<>();
        content.forEach(term -> described.add((term.path("number").isNull() ? "-" : term.path("number").asString())
                + " " + term.path("name").asString() + " " + term.path("state").path("iso3").asString() + " "
                + term.path("appointment").asString() + " " + term.path("time").path("start").path("edtf").asString()
                + " " + (term.path("time").path("end").isNull() ? "open"
                        : term.path("time").path("end").path("edtf").asString())));
        return described;
    }

}
