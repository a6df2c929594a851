package org.allianceregistry.alliance;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

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

/** The problems the alliance endpoints answer before and around the service. */
@WebMvcTest(AllianceController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class, JsonMergePatch.class })
class AllianceControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AllianceService alliances;

    @Test
    void anUnknownCodeIsA404Problem() {
        given(alliances.getVersioned(eq("seato"), any()))
            .willThrow(new RegistryException(ProblemType.ALLIANCE_NOT_FOUND,
                    "No alliance has the code '" + "seato" + "'; codes are lower-case, e.g. csto, nato, warsaw-pact."));

        assertThat(mvc.get().uri("/api/v1/alliances/seato")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:alliance-not-found");
    }

    @Test
    void aWriteWithoutIfMatchIsA428Problem() {
        assertThat(mvc.delete().uri("/api/v1/alliances/csto").with(httpBasic("editor", "editor-secret")))
            .hasStatus(HttpStatus.PRECONDITION_REQUIRED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:if-match-required");

        then(alliances).shouldHaveNoInteractions();
    }

    @Test
    void anIfMatchOfAnyVersionReachesTheServiceAsAnyVersion() {
        assertThat(mvc.delete()
            .uri("/api/v1/alliances/csto")
            .with(httpBasic("editor", "editor-secret"))
            .header(HttpHeaders.IF_MATCH, "*")).hasStatus(HttpStatus.NO_CONTENT);

        then(alliances).should().delete("csto", ExpectedVersion.anyVersion());
    }

    @Test
    void anIfMatchThatIsNoListOfETagsIsA400ProblemNamingTheHeader() {
        var response = assertThat(mvc.delete()
            .uri("/api/v1/alliances/csto")
            .with(httpBasic("editor", "editor-secret"))
            .header(HttpHeaders.IF_MATCH, "3")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:invalid-parameter");
        response.extractingPath("$.errors[0].field").isEqualTo("If-Match");
        then(alliances).shouldHaveNoInteractions();
    }

    @Test
    void anInvalidBodyIsA400ProblemNamingTheField() {
        var response = assertThat(mvc.post()
            .uri("/api/v1/alliances")
            .with(httpBasic("editor", "editor-secret"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"code": "Test Pact", "acronymEn": "TP", "nameEn": "Test Pact", "nameRu": "Тестовый пакт",
                     "nameAr": "حلف الاختبار", "kind": "OTHER", "verification": "VERIFIED", "sources": ["R12"]}"""))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:validation-failed");
        response.extractingPath("$.errors[0].field").isEqualTo("code");
        then(alliances).shouldHaveNoInteractions();
    }

}
