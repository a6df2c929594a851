package org.allianceregistry.source;

import org.allianceregistry.shared.ProblemKind;
import org.allianceregistry.shared.RegistryException;

public class SourceNotFoundException extends RegistryException {

    public SourceNotFoundException(String code) {
        super(ProblemKind.NOT_FOUND, "source-not-found", "Source not found", "No source has the code '" + code + "'.");
    }

}
