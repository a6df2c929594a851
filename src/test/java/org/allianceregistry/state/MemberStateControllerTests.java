package org.allianceregistry.state;

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

/** The problems the state endpoints answer before and around the service. */
@WebMvcTest(MemberStateController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class, JsonMergePatch.class })
class MemberStateControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MemberStateService states;

    @Test
    void anUnknownCodeIsA404Problem() {
        given(states.getVersioned(eq("XX"), any())).willThrow(new RegistryException(ProblemType.STATE_NOT_FOUND,
                "No state has the ISO 3166-1 code '" + "XX" + "'; use an alpha-2 (AM) or alpha-3 (ARM) code."));

        assertThat(mvc.get().uri("/api/v1/states/XX")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:state-not-found");
    }

    @Test
    void aWriteWithoutIfMatchIsA428Problem() {
        assertThat(mvc.delete().uri("/api/v1/states/ARM").with(httpBasic("editor", "editor-secret")))
            .hasStatus(HttpStatus.PRECONDITION_REQUIRED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:if-match-required");

        then(states).shouldHaveNoInteractions();
    }

    @Test
    void anIfMatchOfAnyVersionReachesTheServiceAsAnyVersion() {
        assertThat(mvc.delete()
            .uri("/api/v1/states/ARM")
            .with(httpBasic("editor", "editor-secret"))
            .header(HttpHeaders.IF_MATCH, "*")).hasStatus(HttpStatus.NO_CONTENT);

        then(states).should().delete("ARM", ExpectedVersion.anyVersion());
    }

    @Test
    void anIfMatchThatIsNoListOfETagsIsA400ProblemNamingTheHeader() {
        var response = assertThat(mvc.delete()
            .uri("/api/v1/states/ARM")
            .with(httpBasic("editor", "editor-secret"))
            .header(HttpHeaders.IF_MATCH, "3")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:invalid-parameter");
        response.extractingPath("$.errors[0].field").isEqualTo("If-Match");
        then(states).shouldHaveNoInteractions();
    }

    @Test
    void anInvalidBodyIsA400ProblemNamingTheField() {
        var response = assertThat(mvc.post()
            .uri("/api/v1/states")
            .with(httpBasic("editor", "editor-secret"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"iso2": "yu", "iso3": "YUG", "isoNumeric": "891", "nameEn": "Yugoslavia", "nameRu": "Югославия",
                     "nameAr": "يوغوسلافيا", "historic": true, "verification": "VERIFIED", "sources": ["R12"]}"""))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:validation-failed");
        response.extractingPath("$.errors[0].field").isEqualTo("iso2");
        then(states).shouldHaveNoInteractions();
    }

}
