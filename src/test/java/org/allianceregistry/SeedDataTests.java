package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations build the schema the entities expect and the curated seeds keep the
 * registry's rules.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SeedDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "every {0} cites a source")
    @CsvSource({ "alliances, alliance_sources, alliance_id",
            "alliance_principles, alliance_principle_sources, alliance_principle_id",
            "member_states, member_state_sources, member_state_id", "memberships, membership_sources, membership_id",
            "withdrawals, withdrawal_sources, withdrawal_id",
            "chairmanship_terms, chairmanship_term_sources, chairmanship_term_id",
            "treaty_protocols, treaty_protocol_sources, treaty_protocol_id",
            "alliance_events, alliance_event_sources, alliance_event_id",
            "secretary_general_terms, secretary_general_term_sources, secretary_general_term_id" })
    void everyCuratedRecordCitesAtLeastOneSource(String table, String citations, String column) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        Integer uncited = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM "
                + citations + " c WHERE c." + column + " = t.id)", Integer.class);

        assertThat(rows).isPositive();
        assertThat(uncited).isZero();
    }

    @Test
    void noStateHoldsOverlappingPeriodsInOneAlliance() {
        Integer overlaps = jdbc.queryForObject("""
                SELECT COUNT(*) FROM memberships a JOIN memberships b
                  ON a.alliance_id = b.alliance_id AND a.member_state_id = b.member_state_id AND a.id < b.id
                 WHERE a.start_date < COALESCE(b.end_date, DATE '9999-12-31')
                   AND b.start_date < COALESCE(a.end_date, DATE '9999-12-31')""", Integer.class);

        assertThat(overlaps).isZero();
    }

    @Test
    void everyPeriodEndedByAWithdrawalEndsOnItsEffectiveDate() {
        List<String> mismatches = jdbc.queryForList("""
                SELECT s.iso3 FROM withdrawals w JOIN memberships m ON m.id = w.membership_id
                  JOIN member_states s ON s.id = m.member_state_id
                 WHERE w.kind IN ('WITHDRAWAL', 'NON_RENEWAL')
                   AND (m.end_date IS NULL OR m.end_date <> w.effective_date OR m.end_kind <> w.kind)""", String.class);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everySuspensionOrFreezeFallsInsideItsMembershipPeriod() {
        Integer outside = jdbc.queryForObject(
                """
                        SELECT COUNT(*) FROM withdrawals w JOIN memberships m ON m.id = w.membership_id
                         WHERE w.kind IN ('SUSPENSION', 'PARTICIPATION_FROZEN')
                           AND (w.effective_date < m.start_date OR (m.end_date IS NOT NULL AND w.effective_date >= m.end_date))""",
                Integer.class);

        assertThat(outside).isZero();
    }

    @Test
    void chairsWereMembersWhenTheirTermBegan() {
        List<String> notMembers = jdbc.queryForList(
                """
                        SELECT t.chair_year_label FROM chairmanship_terms t WHERE t.start_date IS NOT NULL AND NOT EXISTS (
                          SELECT 1 FROM memberships m WHERE m.alliance_id = t.alliance_id AND m.member_state_id = t.member_state_id
                             AND m.start_date <= t.start_date AND (m.end_date IS NULL OR m.end_date > t.start_date))""",
                String.class);

        assertThat(notMembers).isEmpty();
    }

    @Test
    void termsOfOneAllianceDoNotOverlapAndOnlyTheTermInOfficeIsOpen() {
        // A hand-over no source dates to the day is held with its bounds: the days it may
        // fall on belong to either term, so only the days each term certainly ran (from
        // its latest possible start to its earliest possible end) must not overlap.
        Integer overlaps = jdbc.queryForObject(
                """
                        SELECT COUNT(*) FROM chairmanship_terms a JOIN chairmanship_terms b
                          ON a.alliance_id = b.alliance_id AND a.id <> b.id
                         WHERE a.start_date IS NOT NULL AND b.start_date IS NOT NULL
                           AND COALESCE(a.start_latest, a.start_date) <= COALESCE(b.start_latest, b.start_date)
                           AND (a.end_date IS NULL OR COALESCE(a.end_earliest, a.end_date) > COALESCE(b.start_latest, b.start_date))""",
                Integer.class);
        List<String> openTerms = jdbc.queryForList(
                """
                        SELECT a.code || ' ' || t.chair_year_label FROM chairmanship_terms t JOIN alliances a ON a.id = t.alliance_id
                         WHERE t.end_date IS NULL""",
                String.class);

        assertThat(overlaps).isZero();
        assertThat(openTerms).as("terms still in office: an ended term always has an end, if only with bounds")
            .containsExactly("csto 2026");
    }

    @Test
    void theFactSheetsUnverifiedChairProjectionsAreNotRecordedAsFact() {
        Integer projected = jdbc.queryForObject("SELECT COUNT(*) FROM chairmanship_terms WHERE chair_year > 2026",
                Integer.class);

        assertThat(projected).isZero();
    }

    @Test
    void theDatabaseRejectsAMembershipThatEndsBeforeItStarts() {
        org.assertj.core.api.Assertions
            .assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
            .isThrownBy(() -> jdbc.update("""
                    INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind, end_date, end_kind)
                    SELECT a.id, s.id, DATE '2020-01-01', 'ACCESSION', DATE '2019-01-01', 'WITHDRAWAL'
                      FROM alliances a, member_states s WHERE a.code = 'nato' AND s.iso3 = 'SRB'"""));
    }

    @Test
    void theDatabaseRejectsDatesOutsideThePlausibleBounds() {
        org.assertj.core.api.Assertions
            .assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
            .isThrownBy(() -> jdbc.update("""
                    INSERT INTO memberships (alliance_id, member_state_id, start_date, start_kind)
                    SELECT a.id, s.id, DATE '0202-01-01', 'ACCESSION'
                      FROM alliances a, member_states s WHERE a.code = 'nato' AND s.iso3 = 'SRB'"""));
    }

    @Test
    void theDatabaseRejectsTwoChairmanshipTermsStartingTheSameDay() {
        org.assertj.core.api.Assertions
            .assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
            .isThrownBy(() -> jdbc
                .update("""
                        INSERT INTO chairmanship_terms (alliance_id, member_state_id, chair_year, chair_year_label, start_date, start_precision)
                        SELECT t.alliance_id, t.member_state_id, 2199, '2199', t.start_date, t.start_precision
                          FROM chairmanship_terms t WHERE t.start_date IS NOT NULL FETCH FIRST 1 ROWS ONLY"""));
    }

}
