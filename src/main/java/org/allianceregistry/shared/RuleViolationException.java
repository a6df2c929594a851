package org.allianceregistry.shared;

/**
 * A write that breaks a registry rule on its face, whatever is stored (422): an effective
 * date before the notice, an end before the start, a code in the body that names nothing.
 * {@code field} is the request field at fault.
 */
public class RuleViolationException extends RegistryException {

    public RuleViolationException(ProblemType type, String detail, String field) {
        super(type, detail, field);
        if (type.status() != 422) {
            throw new IllegalArgumentException(type + " is not a rule violation");
        }
    }

}
