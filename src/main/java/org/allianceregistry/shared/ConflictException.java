package org.allianceregistry.shared;

/**
 * A write that clashes with data already stored (409): an overlapping period, a code
 * already taken.
 */
public class ConflictException extends RegistryException {

    public ConflictException(String type, String title, String detail) {
        super(ProblemKind.CONFLICT, type, title, detail);
    }

}
