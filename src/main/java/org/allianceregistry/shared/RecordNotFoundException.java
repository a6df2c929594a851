package org.allianceregistry.shared;

/** A record named by id in the path does not exist (404). */
public class RecordNotFoundException extends RegistryException {

    public RecordNotFoundException(String type, String record, Object id) {
        super(ProblemKind.NOT_FOUND, type, capitalized(record) + " not found",
                "No " + record + " has the id " + id + ".");
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
