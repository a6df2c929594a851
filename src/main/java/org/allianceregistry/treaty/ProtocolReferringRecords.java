package org.allianceregistry.treaty;

import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.state.MemberState;
import org.springframework.stereotype.Component;

/**
 * The documents that refer to an alliance ("3 documents") and the signatures that refer
 * to a state ("2 signatures"), so that neither is deleted while they exist.
 */
@Component
class ProtocolReferringRecords implements ReferringRecords {

    private final TreatyProtocolRepository protocols;

    ProtocolReferringRecords(TreatyProtocolRepository protocols) {
        this.protocols = protocols;
    }

    @Override
    public Optional<String> referringTo(Object record) {
        if (record instanceof Alliance alliance) {
            return words(protocols.countByAlliance(alliance), "documents");
        }
        if (record instanceof MemberState state) {
            return words(protocols.countSignaturesOf(state), "signatures");
        }
        return Optional.empty();
    }

    private static Optional<String> words(long count, String records) {
        return count == 0 ? Optional.empty() : Optional.of(count + " " + records);
    }

}
