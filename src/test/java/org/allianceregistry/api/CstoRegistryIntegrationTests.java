package org.allianceregistry.api;

import static org.allianceregistry.api.Api.find;
import static org.allianceregistry.api.Api.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * The curated CSTO facts, read through the API on the days around every change of
 * membership.
 */
@RegistryIntegrationTest
class CstoRegistryIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1992-05-14; ''
            1992-05-15; ARM KAZ KGZ RUS TJK UZB
            1993-09-23; ARM KAZ KGZ RUS TJK UZB
            1993-09-24; ARM AZE KAZ KGZ RUS TJK UZB
            1993-12-08; ARM AZE KAZ KGZ RUS TJK UZB
            1993-12-09; ARM AZE GEO KAZ KGZ RUS TJK UZB
            1993-12-30; ARM AZE GEO KAZ KGZ RUS TJK UZB
            1993-12-31; ARM AZE BLR GEO KAZ KGZ RUS TJK UZB
            1999-04-19; ARM AZE BLR GEO KAZ KGZ RUS TJK UZB
            1999-04-20; ARM AZE BLR GEO KAZ KGZ RUS TJK UZB
            1999-04-21; ARM BLR KAZ KGZ RUS TJK
            2006-08-15; ARM BLR KAZ KGZ RUS TJK
            2006-08-16; ARM BLR KAZ KGZ RUS TJK UZB
            2012-12-19; ARM BLR KAZ KGZ RUS TJK UZB
            2026-03-01; ARM BLR KAZ KGZ RUS TJK UZB
            """)
    void membersAreTheStatesWhosePeriodCoversTheDay(String date, String expected) {
        JsonNode members = api.members("csto", date);

        assertThat(texts(members, "iso3"))
            .containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.split(" "));
    }

    @Test
    void signatoriesBecomeActiveMembersWhenTheTreatyEntersIntoForce() {
        JsonNode dayBefore = api.members("csto", "1994-04-19");
        JsonNode inForce = api.members("csto", "1994-04-20");

        assertThat(texts(dayBefore, "status")).hasSize(9).containsOnly("SIGNATORY");
        assertThat(texts(inForce, "status")).hasSize(9).containsOnly("ACTIVE");
    }

    @Test
    void azerbaijanGeorgiaAndUzbekistanLeftByNonRenewalWhenTheInitialTermExpired() {
        JsonNode withdrawals = api.get("/api/v1/alliances/csto/withdrawals?kind=NON_RENEWAL").path("content");

        assertThat(texts(withdrawals, "iso3")).containsExactlyInAnyOrder("AZE", "GEO", "UZB");
        assertThat(texts(withdrawals, "effectiveDate")).containsOnly("1999-04-21");
        assertThat(texts(withdrawals, "endsMembership")).containsOnly("true");
        withdrawals.forEach(w -> assertThat(w.path("sources")).isNotEmpty());
    }

    @Test
    void uzbekistanReturnedIn2006AndWasSuspendedNotWithdrawnIn2012() {
        JsonNode periods = api.get("/api/v1/alliances/csto/memberships?state=uz").path("content");
        JsonNode dayBefore = find(api.members("csto", "2012-12-18"), "iso3", "UZB");
        JsonNode suspended = find(api.members("csto", "2012-12-19"), "iso3", "UZB");

        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).path("startDate").asString()).isEqualTo("1992-05-15");
        assertThat(periods.get(0).path("endDate").asString()).isEqualTo("1999-04-21");
        assertThat(periods.get(0).path("endKind").asString()).isEqualTo("NON_RENEWAL");
        assertThat(periods.get(1).path("startDate").asString()).isEqualTo("2006-08-16");
        assertThat(periods.get(1).path("startKind").asString()).isEqualTo("RESTORATION");
        assertThat(periods.get(1).path("endDate").isNull()).isTrue();
        assertThat(texts(periods.get(1).path("withdrawals"), "kind")).containsExactly("SUSPENSION");
        assertThat(dayBefore.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(suspended.path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("suspendedSince").asString()).isEqualTo("2012-12-19");
    }

    @Test
    void armeniaFrozeItsParticipationIn2024AndRemainsAnActiveMember() {
        JsonNode dayBefore = find(api.members("csto", "2024-02-21"), "iso3", "ARM");
        JsonNode frozen = find(api.members("csto", "2024-02-22"), "iso3", "ARM");
        JsonNode today = find(api.get("/api/v1/alliances/csto/members").path("content"), "iso3", "ARM");

        assertThat(dayBefore.path("participationFrozenSince").isNull()).isTrue();
        assertThat(frozen.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(frozen.path("participationFrozenSince").asString()).isEqualTo("2024-02-22");
        assertThat(frozen.path("participationNotes").get(0).asString())
            .startsWith("Participation frozen since 2024-02-22");
        assertThat(today.path("memberSince").asString()).isEqualTo("1992-05-15");
        assertThat(today.path("participationFrozenSince").asString()).isEqualTo("2024-02-22");
    }

    @Test
    void theAllianceRecordHoldsTreatyCharterSeatLanguageAndUnObserverStatus() {
        JsonNode csto = api.get("/api/v1/alliances/csto");

        assertThat(csto.path("names").path("ru").asString())
            .isEqualTo("Организация Договора о коллективной безопасности");
        assertThat(csto.path("names").path("ar").asString()).isEqualTo("منظمة معاهدة الأمن الجماعي");
        assertThat(csto.path("foundingTreaty").path("signedOn").asString()).isEqualTo("1992-05-15");
        assertThat(csto.path("foundingTreaty").path("signedPlace").asString()).contains("Tashkent");
        assertThat(csto.path("foundingTreaty").path("inForceOn").asString()).isEqualTo("1994-04-20");
        assertThat(csto.path("establishedOn").asString()).isEqualTo("2002-10-07");
        assertThat(csto.path("headquarters").asString()).contains("Moscow");
        assertThat(csto.path("workingLanguage").asString()).isEqualTo("Russian");
        assertThat(csto.path("unObserverStatus").path("since").asString()).isEqualTo("2004-12-02");
        assertThat(csto.path("goals")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(texts(csto.path("principles"), "article")).contains("Treaty Art. 4");
        assertThat(csto.path("sources")).isNotEmpty();
        csto.path("principles").forEach(p -> assertThat(p.path("sources")).isNotEmpty());
    }

    @Test
    void theCharterWasSignedInChisinauIn2002AndEnteredIntoForceIn2003() {
        JsonNode charter = api.get("/api/v1/alliances/csto/protocols?kind=CHARTER").path("content").get(0);

        assertThat(charter.path("signedOn").asString()).isEqualTo("2002-10-07");
        assertThat(charter.path("signedPlace").asString()).contains("Chisinau");
        assertThat(charter.path("inForceOn").asString()).isEqualTo("2003-09-18");
        assertThat(texts(charter.path("signatories"), "iso3")).containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ",
                "RUS", "TJK");
    }

    @Test
    void the2007DushanbeProtocolProvidesMilitaryTechnicalAssistance() {
        JsonNode protocols = api.get("/api/v1/alliances/csto/protocols?kind=PROTOCOL&size=100").path("content");
        JsonNode dushanbe = null;
        for (JsonNode protocol : protocols) {
            if (protocol.path("title").asString().contains("military-technical assistance")) {
                dushanbe = protocol;
            }
        }

        assertThat(dushanbe).isNotNull();
        assertThat(dushanbe.path("signedOn").asString()).isEqualTo("2007-10-06");
        assertThat(dushanbe.path("signedPlace").asString()).contains("Dushanbe");
        assertThat(dushanbe.path("provisions")).isNotEmpty();
        assertThat(texts(dushanbe.path("sources"), "code")).contains("ARTICLE-AR");
        JsonNode byId = api.get("/api/v1/protocols/" + dushanbe.path("id").asLong());
        assertThat(byId.path("title").asString()).isEqualTo(dushanbe.path("title").asString());
    }

    @Test
    void theKazakhstanOperationOfJanuary2022IsRecordedWithStrengthAndContributors() {
        JsonNode events = api.get("/api/v1/alliances/csto/events?from=2022-01-01&to=2022-01-31&size=100")
            .path("content");
        JsonNode operation = find(events, "kind", "OPERATION");
        JsonNode strength = find(events, "title", "Kazakhstan 2022: official strength of the contingent");

        assertThat(operation.path("startDate").asString()).isEqualTo("2022-01-05");
        assertThat(texts(operation.path("participants"), "iso3")).contains("RUS", "BLR", "ARM", "TJK", "KGZ");
        assertThat(strength.path("quantity").asInt()).isEqualTo(2030);
        assertThat(strength.path("parentId").asLong()).isEqualTo(operation.path("id").asLong());
        assertThat(texts(events, "kind")).contains("DECISION");
        events.forEach(e -> assertThat(e.path("sources")).as(e.path("title").asString()).isNotEmpty());
    }

    @Test
    void rubezh2008WasHeldInStagesInArmeniaAndMoscow() {
        JsonNode exercises = api.get("/api/v1/alliances/csto/events?kind=EXERCISE&from=2008-01-01&to=2008-12-31")
            .path("content");
        JsonNode rubezh = find(exercises, "title", "Rubezh-2008");

        assertThat(rubezh.path("startDate").asString()).isEqualTo("2008-07-22");
        assertThat(exercises).filteredOn(e -> e.path("parentId").asLong() == rubezh.path("id").asLong())
            .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theRapidReactionAndPeacekeepingForcesCarryTheirSizes() {
        JsonNode strengths = api.get("/api/v1/alliances/csto/events?kind=FORCE_STRENGTH&size=100").path("content");

        assertThat(strengths).anySatisfy(s -> {
            assertThat(s.path("title").asString()).startsWith("CRRF");
            assertThat(s.path("quantity").asInt()).isEqualTo(20000);
            assertThat(s.path("startDate").asString()).startsWith("2009");
        });
        assertThat(strengths).anySatisfy(s -> {
            assertThat(s.path("title").asString()).startsWith("Collective Peacekeeping Forces");
            assertThat(s.path("quantity").asInt()).isEqualTo(3600);
        });
    }

    @ParameterizedTest(name = "chair year {0}: {1} from {2} to {3}")
    @CsvSource(delimiter = ';', textBlock = """
            2007; BLR; 2006-06-23; 2007-10-06
            2010; RUS; 2009-06-14; 2010-12-10
            2011; BLR; 2010-12-10; 2011-12-20
            2012; KAZ; 2011-12-20; 2012-12-19
            2015; TJK; 2014-12-23; 2015-09-15
            2024; KAZ; 2024-01-01; 2025-01-01
            2025; KGZ; 2025-01-01; 2026-01-01
            """)
    void chairmanshipTermsRunFromHandOverToHandOver(int year, String iso3, String start, String end) {
        // from/to select the terms whose dates overlap those years (issue 15), not the
        // chair-year label: the term of chair year N is among them, beside its
        // neighbours.
        JsonNode terms = api.get("/api/v1/alliances/csto/chairmanships?from=" + year + "&to=" + year).path("content");
        JsonNode term = find(terms, "chairYear", String.valueOf(year));

        assertThat(term.path("iso3").asString()).isEqualTo(iso3);
        assertThat(term.path("startDate").asString()).isEqualTo(start);
        assertThat(term.path("endDate").asString()).isEqualTo(end);
        assertThat(term.path("match").asString()).isEqualTo("CERTAIN");
    }

    @Test
    void eachHandOverEndsOneTermOnTheDayTheNextBegins() {
        JsonNode terms = api.get("/api/v1/alliances/csto/chairmanships?size=100").path("content");

        assertThat(terms).hasSizeGreaterThanOrEqualTo(20);
        for (int i = 1; i < terms.size(); i++) {
            JsonNode previous = terms.get(i - 1);
            JsonNode next = terms.get(i);
            if (!previous.path("endDate").isNull() && !next.path("startDate").isNull()) {
                assertThat(previous.path("endDate").asString())
                    .as("hand-over before chair year %s", next.path("chairYear"))
                    .isEqualTo(next.path("startDate").asString());
            }
            assertThat(next.path("sources")).isNotEmpty();
        }
        JsonNode interim = find(terms, "chairYearLabel", "2009-10");
        assertThat(interim.path("interim").asBoolean()).isTrue();
        assertThat(find(terms, "chairYearLabel", "2026").path("iso3").asString()).isEqualTo("RUS");
    }

    @Test
    void uzbekistanNeverChaired() {
        JsonNode terms = api.get("/api/v1/alliances/csto/chairmanships?size=100").path("content");

        assertThat(texts(terms, "iso3")).doesNotContain("UZB");
    }

}
