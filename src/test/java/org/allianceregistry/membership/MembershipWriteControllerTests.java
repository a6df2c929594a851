package org.allianceregistry.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.allianceregistry.web.JsonMergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Failures the database reports reach the client as problems: never a 500, never SQL. */
@WebMvcTest(MembershipWriteController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class MembershipWriteControllerTests {

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private static final String BODY = "{\"startDate\": \"2027-01-01\", \"startKind\": \"ACCESSION\", \"sources\": [\"R12\"]}";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MembershipWriteService memberships;

    @MockitoBean
    JsonMergePatch mergePatch;

    @Test
    void aConstraintTheDatabaseEnforcesIsA409ProblemWithoutSql() {
        given(memberships.update(eq(7L), eq(0L), any())).willThrow(new DataIntegrityViolationException(
                "could not execute statement [Unique index or primary key violation: UQ_MEMBERSHIPS_START; SQL statement: insert into memberships ...]"));

        MvcTestResult result = put("\"0\"");

        assertThat(result).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:data-conflict");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
            .doesNotContainIgnoringCase("sql")
            .doesNotContainIgnoringCase("uq_memberships")
            .doesNotContain("Exception");
    }

    @Test
    void anOptimisticLockLostToAnotherWriteIsA412ForAClientThatSentIfMatch() {
        given(memberships.update(anyLong(), anyLong(), any()))
            .willThrow(new OptimisticLockingFailureException("row was updated"));

        assertThat(put("\"0\"")).hasStatus(412)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:stale-version");
    }

    @Test
    void aWriteThatWaitedTooLongForAnotherIsA409() {
        given(memberships.update(anyLong(), anyLong(), any()))
            .willThrow(new CannotAcquireLockException("Timeout trying to lock table"));

        assertThat(put("\"0\"")).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult put(String ifMatch) {
        return mvc.put()
            .uri("/api/v1/memberships/7")
            .header(HttpHeaders.AUTHORIZATION, EDITOR)
            .header(HttpHeaders.IF_MATCH, ifMatch)
            .contentType(MediaType.APPLICATION_JSON)
            .content(BODY)
            .exchange();
    }

}
