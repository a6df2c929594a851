package org.allianceregistry.state;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

public class MemberStateNotFoundException extends RegistryException {

    public MemberStateNotFoundException(String code) {
        super(ProblemType.STATE_NOT_FOUND,
                "No state has the ISO 3166-1 code '" + code + "'; use an alpha-2 (AM) or alpha-3 (ARM) code.");
    }

}
