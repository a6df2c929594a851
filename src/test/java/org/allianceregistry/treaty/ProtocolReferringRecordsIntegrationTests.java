package org.allianceregistry.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A delete of an alliance or a state learns from the documents what still refers to it.
 */
@RegistryIntegrationTest
class ProtocolReferringRecordsIntegrationTests {

    @Autowired
    ProtocolReferringRecords referring;

    @Autowired
    AllianceService alliances;

    @Autowired
    MemberStateService states;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void answersTheDocumentsOfASeededAlliance() {
        Alliance csto = alliances.require("csto");
        long documents = jdbc.queryForObject("SELECT COUNT(*) FROM treaty_protocols WHERE alliance_id = ?", Long.class,
                csto.getId());

        assertThat(documents).isPositive();
        assertThat(referring.referringTo(csto)).contains(documents + " documents");
    }

    @Test
    void answersTheSignaturesOfASeededState() {
        MemberState armenia = states.require("ARM");
        long signatures = jdbc.queryForObject("SELECT COUNT(*) FROM protocol_signatories WHERE member_state_id = ?",
                Long.class, armenia.getId());

        assertThat(signatures).isPositive();
        assertThat(referring.referringTo(armenia)).contains(signatures + " signatures");
    }

    @Test
    void answersNothingForAStateThatSignedNothing() {
        String unsigned = jdbc.queryForObject("SELECT MIN(iso3) FROM member_states WHERE id NOT IN "
                + "(SELECT member_state_id FROM protocol_signatories)", String.class);

        assertThat(referring.referringTo(states.require(unsigned))).isEmpty();
        assertThat(referring.referringTo("csto")).isEmpty();
    }

}
