package org.allianceregistry.chairmanship;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

/**
 * No chairmanship term is known to cover the day asked about: the alliance has no
 * rotating chair, or the record has a gap.
 */
public class NoCurrentChairException extends RegistryException {

    public NoCurrentChairException(String detail) {
        super(ProblemType.NO_CURRENT_CHAIR, detail);
    }

}
