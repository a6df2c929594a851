package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every lookup the API performs is served by an index: the plan of each query is an index
 * lookup on the column the API filters by, never a table scan. It fails if a migration
 * drops or changes an index a lookup depends on.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class QueryPlanTests {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    alliance by code                 | SELECT id FROM alliances WHERE code = 'csto'                                                  | code
                    state by alpha-2                 | SELECT id FROM member_states WHERE iso2 = 'AM'                                                | iso2
                    state by alpha-3                 | SELECT id FROM member_states WHERE iso3 = 'ARM'                                               | iso3
                    source by code                   | SELECT id FROM sources WHERE code = 'R12'                                                     | code
                    members of an alliance on a day  | SELECT id FROM memberships WHERE alliance_id = 1 AND start_date <= DATE '2020-01-01'          | alliance_id
                    memberships of a state           | SELECT id FROM memberships WHERE member_state_id = 5                                          | member_state_id
                    acts on memberships              | SELECT id FROM withdrawals WHERE membership_id IN (1, 2, 3)                                   | membership_id
                    chair terms of an alliance       | SELECT id FROM chairmanship_terms WHERE alliance_id = 1 AND chair_year BETWEEN 2000 AND 2030  | alliance_id
                    documents of an alliance         | SELECT id FROM treaty_protocols WHERE alliance_id = 1 AND signed_on >= DATE '2000-01-01'      | alliance_id
                    signatories of documents         | SELECT id FROM protocol_signatories WHERE protocol_id IN (1, 2)                               | protocol_id
                    provisions of documents          | SELECT id FROM protocol_provisions WHERE protocol_id IN (1, 2)                                | protocol_id
                    events of an alliance            | SELECT id FROM alliance_events WHERE alliance_id = 1 AND start_date >= DATE '2022-01-01'      | alliance_id
                    participants of events           | SELECT member_state_id FROM alliance_event_participants WHERE event_id IN (1, 2)              | event_id
                    citations of memberships         | SELECT source_id FROM membership_sources WHERE membership_id IN (1, 2)                        | membership_id
                    citations of events              | SELECT source_id FROM alliance_event_sources WHERE alliance_event_id IN (1, 2)                | alliance_event_id
                    citations of terms               | SELECT source_id FROM chairmanship_term_sources WHERE chairmanship_term_id IN (1, 2)          | chairmanship_term_id
                    """)
    void everyLookupUsesAnIndex(String lookup, String query, String column) {
        String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + query, String.class)).toLowerCase();

        assertThat(plan).as("plan of %s", lookup)
            .doesNotContain("tablescan")
            .containsPattern("/\\* public\\.[a-z0-9_]+: [^*]*" + column);
    }

}
