package org.allianceregistry.shared;

/**
 * How a period's end is known: not yet come, on a day the sources give, or on one they do
 * not.
 */
public enum EndStatus {

    /** Still running: no end has happened. */
    OPEN,
    /** Ended on the day given. */
    ENDED,
    /** Ended, on a day known only to the month, the year or within bounds. */
    ENDED_ON_UNCERTAIN_DAY

}
