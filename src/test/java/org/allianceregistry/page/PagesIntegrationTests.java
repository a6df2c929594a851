package org.allianceregistry.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages for people on the seeded registry, in English, Russian and Arabic: what they
 * say, and that they say it as HTML even when the answer is "not found".
 */
@RegistryIntegrationTest
class PagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void homeShowsTodaysCstoMembersWithTheirStandingAndTheChair() throws Exception {
        String page = html("/", "en");

        assertThat(count(page, "data-status=\"ACTIVE\"")).isEqualTo(6);
        assertThat(page).contains("data-iso3=\"UZB\" data-status=\"SUSPENDED\"");
        assertThat(page).contains("Members of CSTO on March 1, 2026");
        assertThat(page).contains("Participation frozen since February 22, 2024; still a member");
        assertThat(page).contains("lang=\"en\"").contains("dir=\"ltr\"");
        // One script, the project's own, deferred and only enhancing: no inline or
        // external script.
        assertThat(count(page, "<script")).isEqualTo(1);
        assertThat(page).contains("<script src=\"/js/pages.js\" defer></script>");
    }

    @Test
    void homeReadsInRussianWithTheRegistrysRussianNamesAndDates() throws Exception {
        String page = html("/", "ru");

        assertThat(page).contains("<html lang=\"ru\" dir=\"ltr\">");
        assertThat(page).contains("Армения").contains("Узбекистан").contains("1 марта 2026");
        assertThat(count(page, "data-status=\"ACTIVE\"")).isEqualTo(6);
    }

    @Test
    void arabicPagesReadRightToLeftWithAMirroredTimeline() throws Exception {
        String home = html("/", "ar");
        String csto = html("/alliances/csto", "ar");

        assertThat(home).contains("<html lang=\"ar\" dir=\"rtl\">").contains("أرمينيا").contains("مارس");
        assertThat(csto).contains("<html lang=\"ar\" dir=\"rtl\">")
            .contains("data-axis=\"right-to-left\"")
            .contains("direction=\"rtl\"");
    }

    @Test
    void pagesTakeTheReadPathOfTheApiWithATagAndA304OnRevalidation() {
        MvcTestResult first = mvc.get().uri("/alliances/csto?lang=ru").exchange();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(first).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeaders(HttpHeaders.VARY)).anyMatch(v -> v.contains("Accept-Language"));
        assertThat(mvc.get().uri("/alliances/csto?lang=ru").header(HttpHeaders.IF_NONE_MATCH, etag))
            .hasStatus(HttpStatus.NOT_MODIFIED);
        assertThat(mvc.get().uri("/alliances/csto?lang=ar").header(HttpHeaders.IF_NONE_MATCH, etag)).hasStatusOk();
    }

    @Test
    void languageLinkOverridesAcceptLanguageOnPages() {
        MvcTestResult result = mvc.get()
            .uri("/alliances/csto?lang=ar&asOf=2013-01-01")
            .header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
            .exchange();

        assertThat(result).hasStatusOk().hasHeader(HttpHeaders.CONTENT_LANGUAGE, "ar");
        assertThat(result).bodyText()
            .contains("dir=\"rtl\"")
            .contains("href=\"/alliances/csto?lang=en&amp;asOf=2013-01-01\"");
    }

    @Test
    void cstoTimelineShowsUzbekistansTwoPeriodsItsSuspensionAndArmeniasFreeze() throws Exception {
        String page = html("/alliances/csto", "en");

        assertThat(count(page, "<tr data-iso3=\"UZB\" data-membership=")).isEqualTo(2);
        assertThat(page)
            .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" id=\"membership-timeline\"");
        assertThat(page).contains("<rect class=\"suspended\"")
            .contains("<rect class=\"frozen\"")
            .contains("<g class=\"ended\">");
        assertThat(page).contains("<title>Suspension: December 19, 2012 – open</title>");
        assertThat(page).contains("<title>Participation frozen: February 22, 2024 – open</title>");
        assertThat(page).contains("<title>Non-renewal: April 21, 1999</title>");
        assertThat(page).contains("data-axis=\"left-to-right\"");
    }

    @Test
    void chairTimelineMarksTheInterimChairAndKeepsProjectionsApart() throws Exception {
        String page = html("/alliances/csto", "en");

        assertThat(page).containsPattern(
                "<tr class=\"interim\" data-iso3=\"RUS\" data-projected=\"false\" data-interim=\"true\">\\s*<th scope=\"row\">2009-10</th>");
        assertThat(page).contains("data-projected=\"true\"").contains("<rect class=\"projected\"");
        assertThat(page).contains(">Projected</text>").contains(">Recorded</text>");
    }

    @Test
    void onTheFirstOfJanuary2013TheCstoHadSixMembersAndUzbekistanSuspendedNotYet() throws Exception {
        String page = html("/alliances/csto?asOf=2013-01-01", "en");

        assertThat(page).contains("Members on January 1, 2013");
        assertThat(page).contains("data-iso3=\"UZB\" data-status=\"SUSPENDED\"");
        assertThat(count(page, "data-status=\"ACTIVE\"")).isEqualTo(6);
        assertThat(page).containsPattern("<p class=\"chair\" data-iso3=\"[A-Z]{3}\">");
    }

    @Test
    void datesReadWithThePrecisionTheRecordHas() throws Exception {
        String english = html("/alliances/csto", "en");
        String arabic = html("/alliances/csto", "ar");

        // The 2008 hand-over from Kyrgyzstan to Armenia: between 21 July and 5 September
        // 2008.
        assertThat(english).contains("data-edtf=\"2008-07-21/2008-09-05\"")
            .contains("some day between July 21, 2008 and September 5, 2008");
        assertThat(arabic).contains("في يوم ما بين");
        // The parties through 20 April 1999: the table shows their last day, not the
        // first day after.
        assertThat(english).containsPattern("data-iso3=\"AZE\"[\\s\\S]*?April 20, 1999");
    }

    @Test
    void everyFactLinksItsSources() throws Exception {
        String page = html("/alliances/csto", "en");
        String sources = html("/sources", "en");

        assertThat(page).contains(
                "<a href=\"https://jamestown.org/?p=29842\" title=\"jamestown.org, cited as [R104] in the CSTO fact sheet\">R104</a>");
        assertThat(sources).contains("id=\"src-R1\"");
    }

    @Test
    void statePageListsTheMembershipsOfAState() throws Exception {
        String page = html("/states/uz", "ru");

        assertThat(page).contains("<h1>Узбекистан</h1>");
        assertThat(count(page, "data-alliance=\"csto\"")).isEqualTo(2);
        assertThat(page).contains("Приостановление участия");
    }

    @Test
    void linksToTheApiSwaggerUiAndTheFeeds() throws Exception {
        String page = html("/alliances/csto", "en");

        assertThat(page).contains("href=\"/api/v1/alliances/csto\"")
            .contains("href=\"/swagger-ui.html\"")
            .contains("href=\"/api/v1/alliances/csto/chairmanships?format=csv\"")
            .contains("href=\"/api/v1/alliances/csto/chairmanships?format=ics\"")
            .contains("href=\"/css/site.css\"");
    }

    @Test
    void unknownAllianceOrStateIsAnHtml404() {
        for (String uri : new String[] { "/alliances/nowhere", "/states/XX" }) {
            MvcTestResult result = mvc.get()
                .uri(uri)
                .accept(MediaType.TEXT_HTML)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "ar")
                .exchange();

            assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
            assertThat(result).bodyText().contains("dir=\"rtl\"").contains("غير موجود");
        }
    }

    @Test
    void aDayThatIsNotADayIsAnHtml400() {
        assertThat(mvc.get().uri("/?asOf=yesterday").accept(MediaType.TEXT_HTML).exchange())
            .hasStatus(HttpStatus.BAD_REQUEST)
            .hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void theApiStillAnswersProblemsForUnknownAlliances() {
        assertThat(mvc.get().uri("/api/v1/alliances/nowhere").accept(MediaType.TEXT_HTML, MediaType.ALL).exchange())
            .hasStatus(HttpStatus.NOT_FOUND)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String html(String uri, String language) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange();
        assertThat(result).hasStatusOk()
            .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
            .hasHeader(HttpHeaders.CONTENT_LANGUAGE, language);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    static {
        assertThat(FixedClockConfiguration.TODAY).isEqualTo("2026-03-01");
    }

}
