package org.allianceregistry.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The problems the index answers: it is JSON only, and read only. */
@WebMvcTest(ApiIndexController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class ApiIndexControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anAcceptItCannotMeetIsA406Problem() {
        assertThat(mvc.get().uri("/api/v1").header(HttpHeaders.ACCEPT, "text/csv")).hasStatus(HttpStatus.NOT_ACCEPTABLE)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:not-acceptable");
    }

    @Test
    void aWriteWithoutCredentialsIsA401Problem() {
        assertThat(mvc.delete().uri("/api/v1")).hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:authentication-required");
    }

}
