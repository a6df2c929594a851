package org.allianceregistry.shared;

/** A record named by id in the path does not exist (404). */
public class RecordNotFoundException extends RegistryException {

    public RecordNotFoundException(ProblemType type, String record, Object id) {
        super(type, "No " + record + " has the id " + id + ".");
    }

}
