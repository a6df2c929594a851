package org.allianceregistry.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The states' official names, former states' two dates and every state's verification, as
 * shared/facts/csto-facts.md gives them (§10 and the Warsaw Pact table).
 */
@RegistryIntegrationTest
class StateNamesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AM  | Republic of Armenia    | Республика Армения         | Armenia
            BY  | Republic of Belarus    | Республика Беларусь        | Belarus
            KZ  | Republic of Kazakhstan | Республика Казахстан       | Kazakhstan
            KG  | Kyrgyz Republic        | Кыргызская Республика      | Kyrgyzstan
            RU  | Russian Federation     | Российская Федерация       | Russian Federation
            TJ  | Republic of Tajikistan | Республика Таджикистан     | Tajikistan
            UZ  | Republic of Uzbekistan | Республика Узбекистан      | Uzbekistan
            AZ  | Republic of Azerbaijan | Азербайджанская Республика | Azerbaijan
            GE  | Georgia                | Грузия                     | Georgia
            RS  | Republic of Serbia     | Республика Сербия          | Serbia
            MD  | Republic of Moldova    | Молдова                    | Moldova, Republic of
            """)
    void theOfficialNameIsTheFactSheetsNotTheIsoShortName(String code, String english, String russian, String isoName) {
        JsonNode state = get("/api/v1/states/" + code);

        assertThat(state.path("officialName").asString()).isEqualTo(english);
        assertThat(state.path("officialNames").path("en").asString()).isEqualTo(english);
        assertThat(state.path("officialNames").path("ru").asString()).isEqualTo(russian);
        assertThat(state.path("officialNames").path("ar").isNull()).isTrue();
        assertThat(state.path("isoName").asString()).isEqualTo(isoName);
        assertThat(state.path("verification").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void aStateNoSourceGivesAnOfficialNameForHasNoneButKeepsItsIsoName() {
        JsonNode france = get("/api/v1/states/FR");
        JsonNode afghanistan = get("/api/v1/states/AF");

        assertThat(france.path("officialName").isNull()).isTrue();
        assertThat(france.path("isoName").asString()).isEqualTo("France");
        assertThat(france.path("verification").asString())
            .as("codes from one dataset whose producer says it is not authoritative")
            .isEqualTo("SINGLE_SOURCE");
        assertThat(afghanistan.path("officialName").isNull()).as("the sheet gives it in Russian only").isTrue();
        assertThat(afghanistan.path("officialNames").path("ru").asString())
            .isEqualTo("Исламская Республика Афганистан");
    }

    @Test
    void theGermanDemocraticRepublicCeasedToExistOnThirdOctoberAndItsCodeWasWithdrawnLater() {
        JsonNode gdr = get("/api/v1/states/DD");
        JsonNode ussr = get("/api/v1/states/SU");
        JsonNode czechoslovakia = get("/api/v1/states/CS");

        assertThat(gdr.path("ceasedOn").asString()).isEqualTo("1990-10-03");
        assertThat(gdr.path("isoCodeWithdrawnOn").asString()).isEqualTo("1990-10-30");
        assertThat(gdr.path("sources").findValuesAsString("code")).contains("R192", "R207", "R208");
        assertThat(ussr.path("ceasedOn").isNull()).as("no source of the registry gives the day").isTrue();
        assertThat(ussr.path("isoCodeWithdrawnOn").asString()).isEqualTo("1992-08-30");
        assertThat(czechoslovakia.path("isoCodeWithdrawnOn").asString()).isEqualTo("1993-06-15");
        assertThat(czechoslovakia.path("isoName").asString())
            .isEqualTo("Czechoslovakia, Czechoslovak Socialist Republic");
        assertThat(czechoslovakia.path("verification").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void aRegisteredStateStatesItsVerification() {
        MvcTestResult refused = mvc.post()
            .uri("/api/v1/states")
            .header(HttpHeaders.AUTHORIZATION, editor())
            .contentType("application/json")
            .content("""
                    {"iso2": "QX", "iso3": "QXX", "isoNumeric": "997", "nameEn": "Testland", "nameRu": "Тестландия",
                     "nameAr": "أرض الاختبار", "sources": ["R12"]}""")
            .exchange();
        MvcTestResult notHistoric = mvc.post()
            .uri("/api/v1/states")
            .header(HttpHeaders.AUTHORIZATION, editor())
            .contentType("application/json")
            .content("""
                    {"iso2": "QX", "iso3": "QXX", "isoNumeric": "997", "nameEn": "Testland", "nameRu": "Тестландия",
                     "nameAr": "أرض الاختبار", "isoCodeWithdrawnOn": "2001-01-01", "verification": "UNVERIFIED",
                     "sources": ["R12"]}""")
            .exchange();

        assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(refused).path("errors").findValuesAsString("field")).containsExactly("verification");
        assertThat(notHistoric).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(body(notHistoric).path("errors").findValuesAsString("field")).containsExactly("isoCodeWithdrawnOn");
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as("GET %s", uri).hasStatus(HttpStatus.OK);
        return body(result);
    }

    private static JsonNode body(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private static String editor() {
        return "Basic " + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));
    }

}
