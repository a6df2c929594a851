package org.allianceregistry.chairmanship;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceregistry.RegistryIntegrationTest;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.state.MemberStateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the chairmanship feature says it holds about an alliance or a state that is to be
 * deleted, read from the seeded CSTO: 20 recorded terms and a rotation rule; Russia
 * chaired 4 of them.
 */
@RegistryIntegrationTest
@Transactional
class ChairmanshipReferencesIntegrationTests {

    @Autowired
    ChairmanshipReferences references;

    @Autowired
    AllianceService alliances;

    @Autowired
    MemberStateService states;

    @Test
    void countsTheTermsAndTheRuleOfAnAlliance() {
        assertThat(references.referringTo(alliances.require("csto")))
            .contains("20 chairmanship terms and a chairmanship rotation rule");
        assertThat(references.referringTo(alliances.require("nato"))).contains("a chairmanship rotation rule");
    }

    @Test
    void countsTheTermsAStateChaired() {
        assertThat(references.referringTo(states.requireReferenced("RU", "state"))).contains("4 chairmanship terms");
    }

    @Test
    void answersEmptyWhenNothingRefersToTheRecord() {
        assertThat(references.referringTo(states.requireReferenced("UZ", "state"))).isEmpty();
        assertThat(references.referringTo("csto")).isEmpty();
    }

}
