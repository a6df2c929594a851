package org.allianceregistry.shared;

/**
 * The client changed a record on the strength of a version that is no longer the stored
 * one.
 */
public class StaleVersionException extends RegistryException {

    public StaleVersionException(String record, long expected, long actual) {
        super(ProblemType.STALE_VERSION, "The " + record + " is at version " + actual + ", not " + expected
                + " as If-Match says: someone changed it since you read it. Read it again (its ETag) and retry.");
    }

    /** Throws unless the stored version is the one the client read. */
    public static void check(String record, long expected, Long actual) {
        if (actual == null || expected != actual) {
            throw new StaleVersionException(record, expected, actual == null ? 0 : actual);
        }
    }

}
