package org.allianceregistry.membership;

import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.state.MemberState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The membership periods that refer to an alliance or a state, which must be deleted
 * before it is.
 */
@Component
@Transactional(readOnly = true)
class MembershipPeriodReferences implements ReferringRecords {

    private final MembershipRepository memberships;

    MembershipPeriodReferences(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    @Override
    public Optional<String> referringTo(Object record) {
        long count = 0;
        if (record instanceof Alliance alliance) {
            count = memberships.countByAlliance(alliance);
        }
        else if (record instanceof MemberState state) {
            count = memberships.countByMemberState(state);
        }
        return count == 0 ? Optional.empty() : Optional.of(count + " membership periods");
    }

}
