package org.allianceregistry.secretarygeneral;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a Secretary-General came to the post. */
@Schema(description = "How the holder came to the post: APPOINTED by the council before a rotation rule applied; "
        + "ROTATION, the turn of the holder's state under the rotation the CSTO's Collective Security Council decided on "
        + "15 Sep 2015 in Dushanbe (the member states in Russian alphabetical order, three-year terms); ACTING, standing "
        + "in between two appointed holders (no `number`)")
public enum SecretaryGeneralAppointment {

    /** Appointed by the council, before any rotation rule. */
    APPOINTED,
    /** The turn of the holder's state under the alliance's rotation rule. */
    ROTATION,
    /** Acting between two appointed holders; not numbered. */
    ACTING

}
