package org.allianceregistry.treaty;

import static org.allianceregistry.JsonApi.find;
import static org.allianceregistry.JsonApi.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.JsonApi;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Documents by signing range and place, with the signature and the entry into force known
 * to the precision the sources give.
 */
@RegistryIntegrationTest
class DocumentsBySigningIntegrationTests {

    private static final String DOCUMENTS = "/api/v1/alliances/csto/protocols";

    private static final String MILITARY_TECHNICAL = "Protocol on the mechanism of military-technical assistance to "
            + "member states of the CSTO in case of a threat of aggression or an act of aggression";

    @Autowired
    MockMvcTester mvc;

    JsonApi api;

    @BeforeEach
    void setUp() {
        api = new JsonApi(mvc);
    }

    @Test
    void theDocumentsSignedInDushanbeIn2007AreTheSessionsOfOctober() {
        JsonNode documents = api.list(DOCUMENTS + "?signedFrom=2007-01-01&signedTo=2007-12-31&place=dushanbe");

        assertThat(documents).hasSize(6).allSatisfy(d -> {
            assertThat(d.path("signedPlace").asString()).contains("Dushanbe");
            assertThat(d.path("signedOn").asString()).isIn("2007-10-05", "2007-10-06");
            assertThat(d.path("match").asString()).isEqualTo("CERTAIN");
        });
        assertThat(texts(documents, "title")).contains(MILITARY_TECHNICAL,
                "Agreement on Peacekeeping Activities of the Collective Security Treaty Organization");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            place=MOSCOW&signedFrom=2009-01-01&signedTo=2009-12-31; 2
            place=Moscow; 8
            signedFrom=2018-11-08&signedTo=2018-11-08; 2
            signedTo=1992-05-15; 1
            signedFrom=2021-01-01; 1
            place=Chisinau&kind=CHARTER; 1
            """)
    void aSigningRangeAndAPlaceSelectTheDocuments(String query, int count) {
        JsonNode documents = api.list(DOCUMENTS + "?" + query);
        JsonNode all = api.list(DOCUMENTS);
        long expected = 0;
        for (JsonNode document : all) {
            String date = document.path("signedOn").asString();
            String place = document.path("signedPlace").asString("").toLowerCase();
            boolean match = switch (query) {
                case "place=MOSCOW&signedFrom=2009-01-01&signedTo=2009-12-31" ->
                    place.contains("moscow") && date.startsWith("2009");
                case "place=Moscow" -> place.contains("moscow");
                case "signedFrom=2018-11-08&signedTo=2018-11-08" -> date.equals("2018-11-08");
                case "signedTo=1992-05-15" -> date.compareTo("1992-05-15") <= 0;
                case "signedFrom=2021-01-01" -> date.compareTo("2021-01-01") >= 0;
                default -> place.contains("chisinau") && document.path("kind").asString().equals("CHARTER");
            };
            expected += match ? 1 : 0;
        }

        assertThat(documents).hasSize(count);
        assertThat(expected).isEqualTo(count);
    }

    @Test
    void theMilitaryTechnicalProtocolEnteredIntoForceInApril2009OnADayNoSourceGives() {
        JsonNode protocol = find(api.list(DOCUMENTS + "?signedFrom=2007-10-06&signedTo=2007-10-06"), "title",
                MILITARY_TECHNICAL);

        assertThat(protocol.path("inForceOn").isNull()).isTrue();
        assertThat(protocol.path("inForce").path("precision").asString()).isEqualTo("MONTH");
        assertThat(protocol.path("inForce").path("edtf").asString()).isEqualTo("2009-04");
        assertThat(protocol.path("inForce").path("wikidataPrecision").asInt()).isEqualTo(10);
        assertThat(protocol.path("inForceNote").asString()).contains("Around April 2009");
        assertThat(protocol.path("signed").path("edtf").asString()).isEqualTo("2007-10-06");
        assertThat(protocol.path("signed").path("precision").asString()).isEqualTo("DAY");
    }

    @Test
    void aDocumentKnownOnlyToTheMonthIsPossiblyInPartOfItAndCertainlyInAll() {
        String documents = "/api/v1/alliances/" + api.newAlliance("signing") + "/protocols";
        JsonNode document = api.create(documents,
                """
                        {"kind": "AGREEMENT", "titleEn": "Agreement of March", "signedOn": "2027-03-15", "signedPrecision": "MONTH",
                         "signedEarliest": "2027-03-10", "signedPlace": "Minsk", "subject": "An agreement.", "verification": "SINGLE_SOURCE",
                         "sources": ["R12"]}""");

        assertThat(document.path("signedOn").asString()).isEqualTo("2027-03-10");
        assertThat(document.path("signed").path("edtf").asString()).isEqualTo("2027-03-10/2027-03-31");
        assertThat(api.list(documents + "?signedFrom=2027-03-01&signedTo=2027-03-31").get(0).path("match").asString())
            .isEqualTo("CERTAIN");
        assertThat(api.list(documents + "?signedFrom=2027-03-20&signedTo=2027-04-30").get(0).path("match").asString())
            .isEqualTo("POSSIBLE");
        assertThat(api.list(documents + "?signedFrom=2027-03-01&signedTo=2027-03-09")).isEmpty();
        assertThat(api.list(documents).get(0).path("match").isNull()).isTrue();
        String uri = "/api/v1/protocols/" + document.path("id").asLong();
        MvcTestResult patched = api.write(HttpMethod.PATCH, uri, "{\"inForceOn\": \"2027-03-02\"}", api.etag(uri));
        assertThat(patched).hasStatus(422);
        assertThat(JsonApi.body(patched).path("type").asString()).endsWith(":in-force-before-signature");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            signedFrom=2010-01-01&signedTo=2009-12-31; signedFrom
            signedFrom=2010-13-01; signedFrom
            signedTo=0202-05-15; signedTo
            place=; place
            """)
    void aBadSigningQueryIsA400NamingTheParameter(String query, String parameter) {
        MvcTestResult result = api.exchange(DOCUMENTS + "?" + query);

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat(JsonApi.body(result).path("errors").get(0).path("field").asString()).isEqualTo(parameter);
    }

}
