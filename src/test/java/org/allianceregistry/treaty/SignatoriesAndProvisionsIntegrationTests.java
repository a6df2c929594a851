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
 * Signatories and provisions say how well their sources support them, a write states it,
 * and a document lists only the states that actually signed it.
 */
@RegistryIntegrationTest
class SignatoriesAndProvisionsIntegrationTests {

    private static final String DOCUMENTS = "/api/v1/alliances/csto/protocols";

    @Autowired
    MockMvcTester mvc;

    JsonApi api;

    @BeforeEach
    void setUp() {
        api = new JsonApi(mvc);
    }

    @Test
    void theRapidReactionForcesAgreementListsOnlyTheFiveStatesThatSignedItWithoutBelarus() {
        JsonNode agreement = find(api.list(DOCUMENTS + "?signedFrom=2009-06-14&signedTo=2009-06-14"), "title",
                "Agreement on the Collective Rapid Reaction Forces of the CSTO");

        assertThat(texts(agreement.path("signatories"), "iso3")).containsExactlyInAnyOrder("ARM", "KAZ", "KGZ", "RUS",
                "TJK");
        assertThat(agreement.path("signatories"))
            .allSatisfy(s -> assertThat(s.path("signedOn").asString()).isEqualTo("2009-06-14"));
        assertThat(agreement.path("note").asString()).contains("Belarus joined the CRRF on 20 Oct 2009");
    }

    @Test
    void everySignatoryAndProvisionCarriesItsVerification() {
        JsonNode documents = api.list(DOCUMENTS);

        documents.forEach(d -> {
            d.path("signatories")
                .forEach(s -> assertThat(s.path("verification").asString()).isIn("VERIFIED", "SINGLE_SOURCE",
                        "UNVERIFIED"));
            d.path("provisions")
                .forEach(p -> assertThat(p.path("verification").asString()).isIn("VERIFIED", "SINGLE_SOURCE",
                        "UNVERIFIED"));
        });
        JsonNode charter = find(documents, "kind", "CHARTER");
        assertThat(texts(charter.path("provisions"), "verification")).containsExactly("VERIFIED", "VERIFIED",
                "SINGLE_SOURCE");
        assertThat(charter.path("provisions").get(2).path("text").asString()).contains("withdraw");
        JsonNode treaty = find(documents, "kind", "TREATY");
        assertThat(texts(treaty.path("signatories"), "verification")).hasSize(9).containsOnly("VERIFIED");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', textBlock = """
            "verification": "VERIFIED", "signatories": [{"state": "RU"}]; signatories[0].verification
            "verification": "VERIFIED", "provisions": [{"text": "The parties agree."}]; provisions[0].verification
            "signatories": [{"state": "RU", "verification": "VERIFIED"}]; verification
            "verification": "VERIFIED", "provisions": [null]; provisions[0]
            "verification": "VERIFIED", "signatories": [null]; signatories[0]
            """)
    void aWriteWithoutAVerificationOrWithANullEntryIsA400NamingTheField(String parts, String field) {
        String documents = "/api/v1/alliances/" + api.newAlliance("verification") + "/protocols";

        MvcTestResult result = api.write(HttpMethod.POST, documents, """
                {"kind": "PROTOCOL", "titleEn": "Protocol", "signedOn": "2027-01-01", "subject": "A protocol.",
                 "sources": ["R12"], %s}""".formatted(parts), null);

        assertThat(result).hasStatus(400);
        assertThat(JsonApi.body(result).path("type").asString()).endsWith(":validation-failed");
        assertThat(texts(JsonApi.body(result).path("errors"), "field")).containsExactly(field);
    }

    @Test
    void theVerificationsStatedAreTheOnesRecorded() {
        String documents = "/api/v1/alliances/" + api.newAlliance("verification") + "/protocols";

        JsonNode document = api.create(documents,
                """
                        {"kind": "PROTOCOL", "titleEn": "Protocol", "signedOn": "2027-01-01", "subject": "A protocol.", "verification": "SINGLE_SOURCE",
                         "signatories": [{"state": "RU", "verification": "VERIFIED"}, {"state": "BY", "verification": "UNVERIFIED"}],
                         "provisions": [{"text": "The parties agree.", "verification": "UNVERIFIED"}], "sources": ["R12"]}""");

        assertThat(document.path("verification").asString()).isEqualTo("SINGLE_SOURCE");
        assertThat(find(document.path("signatories"), "iso2", "BY").path("verification").asString())
            .isEqualTo("UNVERIFIED");
        assertThat(find(document.path("signatories"), "iso2", "RU").path("verification").asString())
            .isEqualTo("VERIFIED");
        assertThat(document.path("provisions").get(0).path("verification").asString()).isEqualTo("UNVERIFIED");
    }

}
