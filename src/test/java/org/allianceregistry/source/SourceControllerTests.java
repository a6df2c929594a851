package org.allianceregistry.source;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import static org.assertj.core.api.Assertions.assertThat;
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

/** The problems the source endpoints answer before and around the service. */
@WebMvcTest(SourceController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class, JsonMergePatch.class })
class SourceControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SourceService sources;

    @Test
    void anUnknownCodeIsA404Problem() {
        given(sources.getVersioned("R9999")).willThrow(
                new RegistryException(ProblemType.SOURCE_NOT_FOUND, "No source has the code '" + "R9999" + "'."));

        assertThat(mvc.get().uri("/api/v1/sources/R9999")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:source-not-found");
    }

    @Test
    void aWriteWithoutIfMatchIsA428Problem() {
        assertThat(mvc.delete().uri("/api/v1/sources/R12").with(httpBasic("editor", "editor-secret")))
            .hasStatus(HttpStatus.PRECONDITION_REQUIRED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:if-match-required");

        then(sources).shouldHaveNoInteractions();
    }

    @Test
    void anIfMatchOfAnyVersionReachesTheServiceAsAnyVersion() {
        assertThat(mvc.delete()
            .uri("/api/v1/sources/R12")
            .with(httpBasic("editor", "editor-secret"))
            .header(HttpHeaders.IF_MATCH, "*")).hasStatus(HttpStatus.NO_CONTENT);

        then(sources).should().delete("R12", ExpectedVersion.anyVersion());
    }

    @Test
    void anIfMatchThatIsNoListOfETagsIsA400ProblemNamingTheHeader() {
        var response = assertThat(mvc.delete()
            .uri("/api/v1/sources/R12")
            .with(httpBasic("editor", "editor-secret"))
            .header(HttpHeaders.IF_MATCH, "3")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:invalid-parameter");
        response.extractingPath("$.errors[0].field").isEqualTo("If-Match");
        then(sources).shouldHaveNoInteractions();
    }

    @Test
    void anInvalidBodyIsA400ProblemNamingTheField() {
        var response = assertThat(mvc.post()
            .uri("/api/v1/sources")
            .with(httpBasic("editor", "editor-secret"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"title": "A test source", "url": "ftp://example.org/test-source"}"""))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:validation-failed");
        response.extractingPath("$.errors[0].field").isEqualTo("url");
        then(sources).shouldHaveNoInteractions();
    }

}
