package org.allianceregistry.source;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

public class SourceNotFoundException extends RegistryException {

    public SourceNotFoundException(String code) {
        super(ProblemType.SOURCE_NOT_FOUND, "No source has the code '" + code + "'.");
    }

}
