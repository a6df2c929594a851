package org.allianceregistry.alliance;

import org.allianceregistry.shared.ProblemKind;
import org.allianceregistry.shared.RegistryException;

public class AllianceNotFoundException extends RegistryException {

    public AllianceNotFoundException(String code) {
        super(ProblemKind.NOT_FOUND, "alliance-not-found", "Alliance not found",
                "No alliance has the code '" + code + "'; codes are lower-case, e.g. csto, nato, warsaw-pact.");
    }

}
