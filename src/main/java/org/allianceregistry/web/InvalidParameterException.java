package org.allianceregistry.web;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

/**
 * A query parameter is well-formed but not acceptable (an unknown sort property, a range
 * the wrong way round).
 */
public class InvalidParameterException extends RegistryException {

    public InvalidParameterException(String parameter, String detail) {
        super(ProblemType.INVALID_PARAMETER, detail, parameter);
    }

}
