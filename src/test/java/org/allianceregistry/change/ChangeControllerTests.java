package org.allianceregistry.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.allianceregistry.web.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The problems the audit trail answers before and around its service. */
@WebMvcTest(ChangeController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class ChangeControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ChangeService changes;

    @Test
    void aPageSizeOutOfRangeIsA400ProblemNamingIt() {
        var response = assertThat(mvc.get().uri("/api/v1/changes?size=0")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:validation-failed");
        response.extractingPath("$.errors[0].field").isEqualTo("size");
        then(changes).shouldHaveNoInteractions();
    }

    @Test
    void aPageSizeThatIsNoNumberIsA400ProblemNamingIt() {
        var response = assertThat(mvc.get().uri("/api/v1/changes?size=ten")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:invalid-parameter");
        response.extractingPath("$.errors[0].field").isEqualTo("size");
    }

    @Test
    void aCursorTheServiceCannotReadIsA400ProblemNamingIt() {
        given(changes.since("yesterday", 50)).willThrow(new InvalidParameterException("since", "not a cursor"));

        var response = assertThat(mvc.get().uri("/api/v1/changes?since=yesterday")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:invalid-parameter");
        response.extractingPath("$.errors[0].field").isEqualTo("since");
    }

    @Test
    void theTrailIsReadOnly() {
        assertThat(mvc.post().uri("/api/v1/changes").with(httpBasic("editor", "editor-secret")))
            .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:method-not-allowed");
        then(changes).shouldHaveNoInteractions();
    }

}
