package org.allianceregistry.treaty;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

public class ProtocolNotFoundException extends RegistryException {

    public ProtocolNotFoundException(long id) {
        super(ProblemType.PROTOCOL_NOT_FOUND, "No treaty or protocol has the id " + id + ".");
    }

}
