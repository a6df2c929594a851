package org.allianceregistry.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A delete of an alliance or a state learns from the events what still refers to it. */
@RegistryIntegrationTest
class EventReferringRecordsIntegrationTests {

    @Autowired
    EventReferringRecords referring;

    @Autowired
    AllianceService alliances;

    @Autowired
    MemberStateService states;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersTheEventsOfASeededAlliance() {
        Alliance csto = alliances.require("csto");
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM alliance_events WHERE alliance_id = ?", Long.class,
                csto.getId());

        assertThat(events).isPositive();
        assertThat(referring.referringTo(csto)).contains(events + " events");
    }

    @Test
    void answersTheEventParticipationsOfASeededState() {
        String participant = jdbc.queryForObject("SELECT MIN(s.iso3) FROM member_states s "
                + "JOIN alliance_event_participants p ON p.member_state_id = s.id", String.class);
        MemberState state = states.require(participant);
        long participations = jdbc.queryForObject(
                "SELECT COUNT(*) FROM alliance_event_participants WHERE member_state_id = ?", Long.class,
                state.getId());

        assertThat(referring.referringTo(state)).contains(participations + " event participations");
    }

    @Test
    void answersNothingForAStateThatTookPartInNothing() {
        String absent = jdbc.queryForObject("SELECT MIN(iso3) FROM member_states WHERE id NOT IN "
                + "(SELECT member_state_id FROM alliance_event_participants)", String.class);

        assertThat(referring.referringTo(states.require(absent))).isEmpty();
        assertThat(referring.referringTo("csto")).isEmpty();
    }

}
