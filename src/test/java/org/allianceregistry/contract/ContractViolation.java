package org.allianceregistry.contract;

/**
 * One way a response breaks the served description.
 *
 * @param operation the operation's id (or the request line if no operation matched)
 * @param status the response's status
 * @param pointer where in the body (a JSON pointer, empty for the whole body or for a
 * status or media type)
 * @param message what is wrong
 */
public record ContractViolation(String operation, int status, String pointer, String message) {

    @Override
    public String toString() {
        return operation + " " + status + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message;
    }

}
