package org.allianceregistry.shared;

/**
 * A write that clashes with data already stored (409): an overlapping period, a code
 * already taken.
 */
public class ConflictException extends RegistryException {

    public ConflictException(ProblemType type, String detail) {
        super(type, detail);
        if (type.status() != 409) {
            throw new IllegalArgumentException(type + " is not a conflict");
        }
    }

}
