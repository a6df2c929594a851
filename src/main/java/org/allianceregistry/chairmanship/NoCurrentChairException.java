package org.allianceregistry.chairmanship;

import org.allianceregistry.shared.ProblemKind;
import org.allianceregistry.shared.RegistryException;

/**
 * No chairmanship term is known to cover the day asked about: the alliance has no
 * rotating chair, or the record has a gap.
 */
public class NoCurrentChairException extends RegistryException {

    public NoCurrentChairException(String detail) {
        super(ProblemKind.NOT_FOUND, "no-current-chair", "No current chair", detail);
    }

}
