package org.allianceregistry.membership;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.allianceregistry.web.JsonMergePatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The membership periods' web layer: status, JSON, validation, and problems (failures the
 * database reports reach the client as problems: never a 500, never SQL).
 */
@WebMvcTest(MembershipController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class MembershipControllerTests {

    private static final String EDITOR = "Basic "
            + Base64.getEncoder().encodeToString("editor:editor-secret".getBytes(StandardCharsets.UTF_8));

    private static final String BODY = "{\"startDate\": \"2027-01-01\", \"startKind\": \"ACCESSION\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MembershipService memberships;

    @MockitoBean
    JsonMergePatch mergePatch;

    @Test
    void listsMembersOnTodayWhenNoDateIsGiven() {
        given(memberships.membersOn(eq("csto"), any(), any(), any()))
            .willReturn(new PageImpl<>(List.of(armenia()), PageRequest.of(0, 50), 1));

        assertThat(mvc.get().uri("/api/v1/alliances/csto/members")).hasStatus(HttpStatus.OK)
            .bodyJson()
            .extractingPath("$.content[0].participationFrozenSince")
            .isEqualTo("2024-02-22");

        then(memberships).should()
            .membersOn(eq("csto"), eq(LocalDate.parse(FixedClockConfiguration.TODAY)), any(Pageable.class),
                    eq(Language.EN));
    }

    @Test
    void servesThePageShapeWithIsoDatesAndCamelCaseFields() {
        given(memberships.membersOn(eq("csto"), any(), any(), any()))
            .willReturn(new PageImpl<>(List.of(armenia()), PageRequest.of(0, 50), 1));

        var response = assertThat(mvc.get().uri("/api/v1/alliances/csto/members?asOf=2025-01-01"))
            .hasStatus(HttpStatus.OK)
            .bodyJson();

        response.extractingPath("$.content[0].memberSince").isEqualTo("1992-05-15");
        response.extractingPath("$.content[0].iso2").isEqualTo("AM");
        response.extractingPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void passesTheRequestedLanguageToTheService() {
        given(memberships.membersOn(any(), any(), any(), any())).willReturn(new PageImpl<>(List.of()));

        assertThat(mvc.get().uri("/api/v1/alliances/csto/members").header(HttpHeaders.ACCEPT_LANGUAGE, "ar"))
            .hasStatus(HttpStatus.OK)
            .hasHeader(HttpHeaders.CONTENT_LANGUAGE, "ar");

        then(memberships).should().membersOn(any(), any(), any(), eq(Language.AR));
    }

    @Test
    void anUnknownAllianceIsA404Problem() {
        given(memberships.membersOn(eq("seato"), any(), any(), any()))
            .willThrow(new RegistryException(ProblemType.ALLIANCE_NOT_FOUND,
                    "No alliance has the code '" + "seato" + "'; codes are lower-case, e.g. csto, nato, warsaw-pact."));

        assertThat(mvc.get().uri("/api/v1/alliances/seato/members")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:alliance-not-found");
    }

    @Test
    void anImpossibleDateIsA400ProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/alliances/csto/members?asOf=2025-02-29")).hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("asOf");
    }

    @Test
    void anOversizedPageIsA400ProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/alliances/csto/memberships?size=251")).hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson()
            .extractingPath("$.errors[0].field")
            .isEqualTo("size");
    }

    @Test
    void aConstraintTheDatabaseEnforcesIsA409ProblemWithoutSql() {
        given(memberships.update(eq(7L), eq(ExpectedVersion.of(0)), any()))
            .willThrow(new DataIntegrityViolationException(
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
        given(memberships.update(anyLong(), any(), any()))
            .willThrow(new OptimisticLockingFailureException("row was updated"));

        assertThat(put("\"0\"")).hasStatus(412)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:stale-version");
    }

    @Test
    void aWriteThatWaitedTooLongForAnotherIsA409() {
        given(memberships.update(anyLong(), any(), any()))
            .willThrow(new CannotAcquireLockException("Timeout trying to lock table"));

        assertThat(put("\"0\"")).hasStatus(409).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static MemberOnDateResponse armenia() {
        return new MemberOnDateResponse("AM", "ARM", "Armenia", MembershipStatus.ACTIVE, LocalDate.of(1992, 5, 15),
                MembershipStartKind.ORIGINAL_SIGNATORY, null, LocalDate.of(2024, 2, 22),
                List.of("Participation frozen"), 1L,
                List.of(new SourceResponse("R34", "France 24", "https://example.org", null, null, null, null)),
                Certainty.CERTAIN, HistoricalPeriodResponse.of(HistoricalPeriod.of(LocalDate.of(1992, 5, 15), null)),
                Verification.VERIFIED, null, List.of());
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
