package org.allianceregistry.event;

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
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RecordNotFoundException;
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

/** The problems the events' endpoints answer before, or instead of, the service. */
@WebMvcTest(AllianceEventController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class AllianceEventControllerTests {

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private static final String BODY = """
            {"kind": "EXERCISE", "title": "Interaction-2027", "startDate": "2027-09-01", "description": "Exercise.", "verification": "VERIFIED", "sources": ["R12"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AllianceEventService events;

    @MockitoBean
    JsonMergePatch mergePatch;

    @Test
    void anUnknownEventIsA404Problem() {
        given(events.get(eq(99L), any()))
            .willThrow(new RecordNotFoundException(ProblemType.EVENT_NOT_FOUND, "event", 99L));

        assertThat(mvc.get().uri("/api/v1/events/99")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:event-not-found");
    }

    @Test
    void aCorrectionWithoutIfMatchIsA428Problem() {
        assertThat(put(null, BODY)).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aDeleteWithAListOfETagsReachesTheServiceWithEveryVersionItNames() {
        MvcTestResult result = mvc.delete()
            .uri("/api/v1/events/7")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .header(HttpHeaders.IF_MATCH, "W/\"1\", \"2-kR2m\", \"3\"")
            .exchange();

        assertThat(result).hasStatus(HttpStatus.NO_CONTENT);
        then(events).should().delete(7L, ExpectedVersion.oneOf(Set.of(2L, 3L)));
    }

    @Test
    void aBodyWithoutItsTitleIsA400ProblemNamingTheField() {
        MvcTestResult result = put("\"0\"", BODY.replace("\"title\": \"Interaction-2027\", ", ""));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void anImpossibleDateInTheQueryIsA400ProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/alliances/csto/events?from=2025-02-29")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("from");
    }

    @Test
    void aRangeTheWrongWayRoundIsA400ProblemNamingFrom() {
        assertThat(mvc.get().uri("/api/v1/alliances/csto/events?from=2025-02-01&to=2025-01-01"))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:invalid-parameter");
    }

    @Test
    void includeUndatedIsABoolean() {
        assertThat(mvc.get().uri("/api/v1/alliances/csto/events?includeUndated=maybe"))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("includeUndated");
    }

    @Test
    void theStateRangeAndUndatedFilterReachTheService() {
        given(events.list(any(), any(), any(), any())).willReturn(org.springframework.data.domain.Page.empty());

        assertThat(mvc.get()
            .uri("/api/v1/alliances/csto/events?state=am&from=2020-09-01&to=2020-11-30&includeUndated=false"))
            .hasStatus(HttpStatus.OK);
        then(events).should()
            .list(eq("csto"), eq(new EventQuery(Set.of(), java.time.LocalDate.of(2020, 9, 1),
                    java.time.LocalDate.of(2020, 11, 30), "am", false)), any(), any());
    }

    private MvcTestResult put(String ifMatch, String body) {
        var request = mvc.put()
            .uri("/api/v1/events/7")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

}
