package org.allianceregistry.web;

import org.allianceregistry.shared.ProblemKind;
import org.allianceregistry.shared.RegistryException;

/**
 * A query parameter is well-formed but not acceptable (an unknown sort property, a range
 * the wrong way round).
 */
public class InvalidParameterException extends RegistryException {

    public InvalidParameterException(String parameter, String detail) {
        super(ProblemKind.INVALID_PARAMETER, "invalid-parameter", "Invalid request parameter", detail, parameter);
    }

}
