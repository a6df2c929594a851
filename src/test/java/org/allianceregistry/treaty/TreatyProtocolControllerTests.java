package org.allianceregistry.treaty;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.web.JsonMergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The problems the documents' endpoints answer before, or instead of, the service. */
@WebMvcTest(TreatyProtocolController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class TreatyProtocolControllerTests {

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private static final String BODY = """
            {"kind": "PROTOCOL", "titleEn": "Protocol", "signedOn": "2026-12-01", "subject": "Accession", "verification": "VERIFIED", "sources": ["R12"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TreatyProtocolService protocols;

    @MockitoBean
    JsonMergePatch mergePatch;

    @Test
    void anUnknownDocumentIsA404Problem() {
        given(protocols.getVersioned(eq(99L), any())).willThrow(
                new RegistryException(ProblemType.PROTOCOL_NOT_FOUND, "No treaty or protocol has the id " + 99 + "."));

        assertThat(mvc.get().uri("/api/v1/protocols/99")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:protocol-not-found");
    }

    @Test
    void aCorrectionWithoutIfMatchIsA428Problem() {
        assertThat(put(null, BODY)).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDeleteWithAListOfETagsReachesTheServiceWithEveryVersionItNames() {
        MvcTestResult result = mvc.delete()
            .uri("/api/v1/protocols/7")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .header(HttpHeaders.IF_MATCH, "W/\"1\", \"2-kR2m\", \"3\"")
            .exchange();

        assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
        then(protocols).should().delete(7L, ExpectedVersion.oneOf(Set.of(2L, 3L)));
    }

    @Test
    void aBodyWithoutItsKindIsA400ProblemNamingTheField() {
        MvcTestResult result = put("\"0\"", BODY.replace("\"kind\": \"PROTOCOL\", ", ""));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
    }

    @Test
    void anUnknownKindInTheQueryIsA400ProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/alliances/csto/protocols?kind=TREATISE")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("kind");
    }

    private MvcTestResult put(String ifMatch, String body) {
        var request = mvc.put()
            .uri("/api/v1/protocols/7")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

}
