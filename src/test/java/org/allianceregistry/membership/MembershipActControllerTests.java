package org.allianceregistry.membership;

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
import org.allianceregistry.shared.StaleVersionException;
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

/** The web layer of withdrawals, suspensions and freezes: the problems it answers. */
@WebMvcTest(MembershipActController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class MembershipActControllerTests {

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private static final String CORRECTION = """
            {"effectiveDate": "2027-06-01", "reason": "Suspended.", "verification": "VERIFIED", "sources": ["R12"]}""";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MembershipActService acts;

    @MockitoBean
    JsonMergePatch mergePatch;

    @Test
    void anUnknownActIsA404Problem() {
        given(acts.get(eq(99L), any()))
            .willThrow(new RecordNotFoundException(ProblemType.WITHDRAWAL_NOT_FOUND, "withdrawal", 99L));

        assertThat(mvc.get().uri("/api/v1/withdrawals/99")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:withdrawal-not-found");
    }

    @Test
    void aCorrectionWithoutIfMatchIsA428Problem() {
        MvcTestResult result = put(null, CORRECTION);

        assertThat(result).hasStatus(HttpStatus.PRECONDITION_REQUIRED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:if-match-required");
        then(acts).shouldHaveNoInteractions();
    }

    @Test
    void aWeakIfMatchNeverMatchesAndIsA412Problem() {
        given(acts.update(eq(3L), eq(ExpectedVersion.oneOf(Set.of())), any()))
            .willThrow(new StaleVersionException("withdrawal 3", ExpectedVersion.oneOf(Set.of()), 0));

        MvcTestResult result = put("W/\"0\"", CORRECTION);

        assertThat(result).hasStatus(HttpStatus.PRECONDITION_FAILED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:stale-version");
    }

    @Test
    void anActThatDoesNotStateItsVerificationIsA400ProblemNamingIt() {
        MvcTestResult result = mvc.post()
            .uri("/api/v1/alliances/csto/withdrawals")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    """
                            {"state": "RS", "kind": "SUSPENSION", "effectiveDate": "2027-06-01", "reason": "Suspended.", "sources": ["R12"]}""")
            .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:validation-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("verification");
        then(acts).shouldHaveNoInteractions();
    }

    private MvcTestResult put(String ifMatch, String body) {
        var request = mvc.put()
            .uri("/api/v1/withdrawals/3")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

}
