package org.allianceregistry.chairmanship;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.state.MemberState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the chairmanship feature holds about an alliance (its terms and its rotation rule)
 * or a state (the terms it chaired), so that neither is deleted from under them.
 */
@Component
@Transactional(readOnly = true)
class ChairmanshipReferences implements ReferringRecords {

    private final ChairmanshipRepository terms;

    private final RotationRuleRepository rules;

    ChairmanshipReferences(ChairmanshipRepository terms, RotationRuleRepository rules) {
        this.terms = terms;
        this.rules = rules;
    }

    @Override
    public Optional<String> referringTo(Object record) {
        List<String> held = new ArrayList<>();
        if (record instanceof Alliance alliance) {
            long count = terms.countByAlliance(alliance);
            if (count > 0) {
                held.add(count + " chairmanship terms");
            }
            if (rules.existsByAlliance(alliance)) {
                held.add("a chairmanship rotation rule");
            }
        }
        else if (record instanceof MemberState state) {
            long count = terms.countByMemberState(state);
            if (count > 0) {
                held.add(count + " chairmanship terms");
            }
        }
        return held.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", held));
    }

}
