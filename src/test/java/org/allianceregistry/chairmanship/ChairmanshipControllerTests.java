package org.allianceregistry.chairmanship;

import org.allianceregistry.shared.RegistryException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RecordNotFoundException;
import org.allianceregistry.web.JsonMergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The chairmanship resource's problems: what a client gets when a request goes wrong. */
@WebMvcTest(ChairmanshipController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class ChairmanshipControllerTests {

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private static final String TERM = """
            {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "sources": ["R12"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RotationScheduleService schedules;

    @MockitoBean
    ChairmanshipService chairmanships;

    @MockitoBean
    JsonMergePatch mergePatch;

    @Test
    void anUnknownAllianceIsA404Problem() {
        given(schedules.schedule(eq("seato"), any(), any(), any(), any(), any()))
            .willThrow(new RegistryException(ProblemType.ALLIANCE_NOT_FOUND,
                    "No alliance has the code '" + "seato" + "'; codes are lower-case, e.g. csto, nato, warsaw-pact."));

        MvcTestResult result = mvc.get().uri("/api/v1/alliances/seato/chairmanships").exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:alliance-not-found");
    }

    @Test
    void anUnknownTermIsA404Problem() {
        given(chairmanships.get(eq(99L), any()))
            .willThrow(new RecordNotFoundException(ProblemType.CHAIRMANSHIP_NOT_FOUND, "chairmanship term", 99L));

        MvcTestResult result = mvc.get().uri("/api/v1/chairmanships/99").exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:chairmanship-not-found");
    }

    @Test
    void anAcceptNamingNoFeedFormatIsA406ProblemAndAnUnknownFormatA400() {
        MvcTestResult byAccept = mvc.get()
            .uri("/api/v1/alliances/csto/chairmanships")
            .header(HttpHeaders.ACCEPT, "application/xml")
            .exchange();
        MvcTestResult byFormat = mvc.get().uri("/api/v1/alliances/csto/chairmanships/current?format=xml").exchange();

        assertThat(byAccept).hasStatus(406).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byAccept).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:not-acceptable");
        assertThat(byFormat).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byFormat).bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
        then(schedules).shouldHaveNoInteractions();
    }

    @Test
    void aCorrectionWithoutIfMatchIsA428Problem() {
        MvcTestResult result = write("PUT", "/api/v1/chairmanships/5", TERM, null);

        assertThat(result).hasStatus(428).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:if-match-required");
        then(chairmanships).should(never()).update(anyLong(), any(), any());
    }

    @Test
    void aDeleteWithIfMatchStarReachesTheServiceAsAnyVersion() {
        MvcTestResult result = write("DELETE", "/api/v1/chairmanships/5", null, "*");

        assertThat(result).hasStatus(204);
        then(chairmanships).should().delete(5L, ExpectedVersion.anyVersion());
    }

    @Test
    void anInvalidTermIsA400ProblemNamingTheField() {
        MvcTestResult result = write("POST", "/api/v1/alliances/csto/chairmanships",
                "{\"state\": \"R1\", \"chairYear\": 2028, \"startDate\": \"2028-01-01\", \"sources\": [\"R12\"]}",
                null);

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("state");
        then(chairmanships).should(never()).assign(any(), any());
    }

    private MvcTestResult write(String method, String uri, String body, String ifMatch) {
        var request = mvc.method(org.springframework.http.HttpMethod.valueOf(method))
            .uri(uri)
            .header(HttpHeaders.AUTHORIZATION, EDITOR);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

}
