package org.allianceregistry.shared;

/**
 * What kind of failure a {@link RegistryException} reports; the web layer maps each to
 * one HTTP status.
 */
public enum ProblemKind {

    /** The request names something the registry does not hold (404). */
    NOT_FOUND,
    /** The request clashes with stored data (409). */
    CONFLICT,
    /** The request breaks a registry rule on its face (422). */
    RULE_VIOLATION,
    /** A request parameter is malformed or out of range (400). */
    INVALID_PARAMETER,
    /**
     * The version the client read ({@code If-Match}) is no longer the stored one (412).
     */
    PRECONDITION_FAILED,
    /**
     * A change of a stored record did not say which version it read ({@code If-Match}
     * missing, 428).
     */
    PRECONDITION_REQUIRED

}
