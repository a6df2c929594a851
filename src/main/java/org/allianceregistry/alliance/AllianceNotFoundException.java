package org.allianceregistry.alliance;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

public class AllianceNotFoundException extends RegistryException {

    public AllianceNotFoundException(String code) {
        super(ProblemType.ALLIANCE_NOT_FOUND,
                "No alliance has the code '" + code + "'; codes are lower-case, e.g. csto, nato, warsaw-pact.");
    }

}
