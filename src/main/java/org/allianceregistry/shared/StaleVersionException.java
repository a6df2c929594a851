package org.allianceregistry.shared;

/**
 * The client changed a record on the strength of a version that is no longer the stored
 * one.
 */
public class StaleVersionException extends RegistryException {

    public StaleVersionException(String record, ExpectedVersion expected, long actual) {
        super(ProblemType.STALE_VERSION,
                "The " + record + " is at version " + actual + ", but If-Match names " + expected.describe()
                        + ": someone changed it since you read it, or the tag is not one the "
                        + "registry answered. Read it again (its ETag) and retry.");
    }

    /**
     * Throws unless the stored version is one the client's If-Match names (RFC 9110
     * §13.1.1).
     */
    public static void check(String record, ExpectedVersion expected, Long actual) {
        if (!expected.matches(actual)) {
            throw new StaleVersionException(record, expected, actual == null ? 0 : actual);
        }
    }

}
