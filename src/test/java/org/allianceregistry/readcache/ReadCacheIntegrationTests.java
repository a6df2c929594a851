package org.allianceregistry.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.GZIPInputStream;
import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.revision.RegistryRevisionService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repeated and conditional reads cost no statement at all (the revision is known in
 * memory); a change is never hidden by a cached answer.
 */
@RegistryIntegrationTest
class ReadCacheIntegrationTests {

    private static final String MEMBERS = "/api/v1/alliances/nato/members?asOf=2025-01-01&size=5";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    RegistryRevisionService revisions;

    @Test
    void aRepeatedReadIsServedWithoutQueryingOrSerialisingAgain() {
        MvcTestResult first = get(MEMBERS, null);

        long statements = statementsDuring(() -> {
            MvcTestResult second = get(MEMBERS, null);
            assertThat(second.getResponse().getContentAsByteArray())
                .isEqualTo(first.getResponse().getContentAsByteArray());
            assertThat(second.getResponse().getHeader(HttpHeaders.ETAG))
                .isEqualTo(first.getResponse().getHeader(HttpHeaders.ETAG));
        });

        assertThat(statements).as("not even the revision is read").isZero();
    }

    @Test
    void aMatchingIfNoneMatchAnswers304WithoutABodyOrAStatement() {
        String etag = get(MEMBERS, null).getResponse().getHeader(HttpHeaders.ETAG);

        long statements = statementsDuring(() -> {
            MvcTestResult conditional = mvc.get().uri(MEMBERS).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
            assertThat(conditional.getResponse().getStatus()).isEqualTo(304);
            assertThat(conditional.getResponse().getContentAsByteArray()).isEmpty();
            assertThat(conditional.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        });

        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(statements).isZero();
    }

    @Test
    void anIfModifiedSinceAtLastModifiedAnswers304() {
        String lastModified = get(MEMBERS, null).getResponse().getHeader(HttpHeaders.LAST_MODIFIED);

        MvcTestResult conditional = mvc.get()
            .uri(MEMBERS)
            .header(HttpHeaders.IF_MODIFIED_SINCE, lastModified)
            .exchange();
        MvcTestResult older = mvc.get()
            .uri(MEMBERS)
            .header(HttpHeaders.IF_MODIFIED_SINCE,
                    ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .minusDays(1)
                        .format(DateTimeFormatter.RFC_1123_DATE_TIME))
            .exchange();

        assertThat(conditional.getResponse().getStatus()).isEqualTo(304);
        assertThat(older.getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void eachLanguageIsItsOwnRepresentation() {
        MvcTestResult english = get("/api/v1/alliances/csto", null);
        MvcTestResult russian = get("/api/v1/alliances/csto", "ru");

        assertThat(english.getResponse().getHeader(HttpHeaders.ETAG))
            .isNotEqualTo(russian.getResponse().getHeader(HttpHeaders.ETAG));
        assertThat(russian.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Language");
        assertThat(russian.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
    }

    @Test
    void aChangeIsSeenAtTheNextReadWithANewEtagWhileUnchangedRepresentationsKeepTheirs() throws Exception {
        String uri = "/api/v1/alliances/nato/memberships?state=BE";
        MvcTestResult before = get(uri, null);
        String unrelatedEtag = get("/api/v1/alliances/warsaw-pact", null).getResponse().getHeader(HttpHeaders.ETAG);

        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE memberships SET note = 'Corrected by a test' WHERE member_state_id = "
                    + "(SELECT id FROM member_states WHERE iso2 = 'BE') AND alliance_id = (SELECT id FROM alliances WHERE code = 'nato')");
            revisions.bump();
        });
        MvcTestResult after = mvc.get()
            .uri(uri)
            .header(HttpHeaders.IF_NONE_MATCH, before.getResponse().getHeader(HttpHeaders.ETAG))
            .exchange();
        MvcTestResult unrelated = mvc.get()
            .uri("/api/v1/alliances/warsaw-pact")
            .header(HttpHeaders.IF_NONE_MATCH, unrelatedEtag)
            .exchange();

        assertThat(after.getResponse().getStatus()).isEqualTo(200);
        assertThat(after.getResponse().getContentAsString()).contains("Corrected by a test");
        assertThat(after.getResponse().getHeader(HttpHeaders.ETAG))
            .isNotEqualTo(before.getResponse().getHeader(HttpHeaders.ETAG));
        assertThat(unrelated.getResponse().getStatus()).isEqualTo(304);
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameBodyGzipCodedUnderItsOwnStrongEtag() throws IOException {
        String uri = "/api/v1/alliances/csto/chairmanships";
        MvcTestResult identity = get(uri, null);
        String identityEtag = identity.getResponse().getHeader(HttpHeaders.ETAG);

        MvcTestResult gzip = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br").exchange();

        assertThat(gzip.getResponse().getStatus()).isEqualTo(200);
        assertThat(gzip.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(gzip.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept-Encoding");
        assertThat(gzip.getResponse().getHeader(HttpHeaders.ETAG))
            .isEqualTo(identityEtag.substring(0, identityEtag.length() - 1) + "-gzip\"");
        byte[] compressed = gzip.getResponse().getContentAsByteArray();
        assertThat(compressed.length).isLessThan(identity.getResponse().getContentAsByteArray().length / 5);
        assertThat(gzip.getResponse().getContentLength()).isEqualTo(compressed.length);
        try (GZIPInputStream decoded = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            assertThat(decoded.readAllBytes()).isEqualTo(identity.getResponse().getContentAsByteArray());
        }
        assertThat(identity.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
    }

    @Test
    void gzipRefusedWithQualityZeroIsNotSent() {
        MvcTestResult refused = mvc.get()
            .uri("/api/v1/alliances/csto/chairmanships")
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip;q=0, identity")
            .exchange();

        assertThat(refused.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(refused.getResponse().getHeader(HttpHeaders.ETAG)).doesNotContain("-gzip");
    }

    @Test
    void anAcceptEncodingOfNothingButSeparatorsReadsAsIdentity() {
        MvcTestResult odd = mvc.get()
            .uri("/api/v1/alliances/csto/chairmanships")
            .header(HttpHeaders.ACCEPT_ENCODING, ";, ;;")
            .exchange();

        assertThat(odd.getResponse().getStatus()).isEqualTo(200);
        assertThat(odd.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
    }

    @Test
    void a304CarriesTheEtagA200WouldCarryForTheSameRequest() {
        String uri = "/api/v1/states?page=2&size=50";
        String identityEtag = get(uri, null).getResponse().getHeader(HttpHeaders.ETAG);
        String gzipEtag = mvc.get()
            .uri(uri)
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
            .exchange()
            .getResponse()
            .getHeader(HttpHeaders.ETAG);

        MvcTestResult heldGzip = mvc.get()
            .uri(uri)
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
            .header(HttpHeaders.IF_NONE_MATCH, "W/" + gzipEtag)
            .exchange();
        MvcTestResult heldIdentity = mvc.get().uri(uri).header(HttpHeaders.IF_NONE_MATCH, identityEtag).exchange();
        MvcTestResult starGzip = mvc.get()
            .uri(uri)
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
            .header(HttpHeaders.IF_NONE_MATCH, "*")
            .exchange();
        // The client's tag names the other coding: not the representation this request
        // selects, so the client gets it in full, with its own tag.
        MvcTestResult gzipClientHoldingIdentity = mvc.get()
            .uri(uri)
            .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
            .header(HttpHeaders.IF_NONE_MATCH, identityEtag)
            .exchange();
        MvcTestResult identityClientHoldingGzip = mvc.get()
            .uri(uri)
            .header(HttpHeaders.IF_NONE_MATCH, gzipEtag)
            .exchange();

        assertThat(gzipEtag).isNotEqualTo(identityEtag).endsWith("-gzip\"");
        assertThat(heldGzip.getResponse().getStatus()).isEqualTo(304);
        assertThat(heldGzip.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(gzipEtag);
        assertThat(heldIdentity.getResponse().getStatus()).isEqualTo(304);
        assertThat(heldIdentity.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(identityEtag);
        assertThat(starGzip.getResponse().getStatus()).isEqualTo(304);
        assertThat(starGzip.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(gzipEtag);
        assertThat(gzipClientHoldingIdentity.getResponse().getStatus()).isEqualTo(200);
        assertThat(gzipClientHoldingIdentity.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(gzipEtag);
        assertThat(gzipClientHoldingIdentity.getResponse().getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(identityClientHoldingGzip.getResponse().getStatus()).isEqualTo(200);
        assertThat(identityClientHoldingGzip.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo(identityEtag);
        for (MvcTestResult result : java.util.List.of(heldGzip, heldIdentity, gzipClientHoldingIdentity)) {
            assertThat(result.getResponse().getHeader(HttpHeaders.VARY))
                .isEqualTo("Accept, Accept-Language, Accept-Encoding");
        }
    }

    @Test
    void errorsAreNeitherCachedNorGivenAnEtag() {
        MvcTestResult missing = mvc.get().uri("/api/v1/alliances/seato").exchange();

        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getResponse().getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(String.join(",", missing.getResponse().getHeaders(HttpHeaders.VARY))).contains("Accept",
                "Accept-Language");
    }

    @Test
    void theIndexLinksToEveryResource() throws Exception {
        MvcTestResult index = get("/api/v1", null);

        assertThat(index.getResponse().getContentAsString()).contains("/api/v1/alliances/{code}/members",
                "/api/v1/states/{code}", "/v3/api-docs");
    }

    private MvcTestResult get(String uri, String language) {
        var request = mvc.get().uri(uri);
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        MvcTestResult result = request.exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result;
    }

    private long statementsDuring(Runnable action) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();
        action.run();
        return statistics.getPrepareStatementCount() - before;
    }

}
