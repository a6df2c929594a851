package org.allianceregistry.treaty;

import org.allianceregistry.shared.ProblemKind;
import org.allianceregistry.shared.RegistryException;

public class ProtocolNotFoundException extends RegistryException {

    public ProtocolNotFoundException(long id) {
        super(ProblemKind.NOT_FOUND, "protocol-not-found", "Protocol not found",
                "No treaty or protocol has the id " + id + ".");
    }

}
