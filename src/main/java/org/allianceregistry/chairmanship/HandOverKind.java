package org.allianceregistry.chairmanship;

/** When the chair passes from one state to the next. */
public enum HandOverKind {

    /**
     * At the council's regular session: the day is known only once the session is held.
     */
    COUNCIL_SESSION,
    /** On 1 January of the chair year. */
    FIRST_OF_JANUARY

}
