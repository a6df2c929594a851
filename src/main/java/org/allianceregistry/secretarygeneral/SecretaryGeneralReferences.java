package org.allianceregistry.secretarygeneral;

import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.state.MemberState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretary-General terms held about an alliance or a state, so that neither is
 * deleted from under them.
 */
@Component
@Transactional(readOnly = true)
class SecretaryGeneralReferences implements ReferringRecords {

    private final SecretaryGeneralRepository terms;

    SecretaryGeneralReferences(SecretaryGeneralRepository terms) {
        this.terms = terms;
    }

    @Override
    public Optional<String> referringTo(Object record) {
        long count = record instanceof Alliance alliance ? terms.countByAlliance(alliance)
                : record instanceof MemberState state ? terms.countByMemberState(state) : 0;
        return count > 0 ? Optional.of(count + " Secretary-General terms") : Optional.empty();
    }

}
