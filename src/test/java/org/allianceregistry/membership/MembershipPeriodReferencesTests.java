package org.allianceregistry.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
import org.junit.jupiter.api.Test;

class MembershipPeriodReferencesTests {

    private final MembershipRepository memberships = mock(MembershipRepository.class);

    private final MembershipPeriodReferences references = new MembershipPeriodReferences(memberships);

    @Test
    void countsTheMembershipPeriodsOfAnAlliance() {
        Alliance alliance = mock(Alliance.class);
        given(memberships.countByAlliance(alliance)).willReturn(3L);

        assertThat(references.referringTo(alliance)).contains("3 membership periods");
    }

    @Test
    void countsTheMembershipPeriodsOfAState() {
        MemberState state = mock(MemberState.class);
        given(memberships.countByMemberState(state)).willReturn(1L);

        assertThat(references.referringTo(state)).contains("1 membership periods");
    }

    @Test
    void answersNothingWhenNoPeriodRefersToTheRecord() {
        Alliance alliance = mock(Alliance.class);
        MemberState state = mock(MemberState.class);

        assertThat(references.referringTo(alliance)).isEmpty();
        assertThat(references.referringTo(state)).isEmpty();
    }

    @Test
    void answersNothingForRecordsOfOtherKinds() {
        assertThat(references.referringTo("csto")).isEmpty();
    }

}
