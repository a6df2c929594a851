package org.allianceregistry.event;

/** How much of an event's start date is known. */
public enum DatePrecision {

    /** The exact day. */
    DAY,
    /** The month only; the date is the first of the month. */
    MONTH,
    /** The year only; the date is 1 January. */
    YEAR,
    /** No date is known; the start date is null. */
    UNDATED

}
