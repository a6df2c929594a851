package org.allianceregistry.shared;

/**
 * Whether a record known only to the month, the year or within bounds falls on a day or
 * in a range: certainly, possibly (the bounds allow both), or not at all.
 */
public enum Certainty {

    CERTAIN, POSSIBLE, NONE;

    public boolean isPossible() {
        return this != NONE;
    }

    static Certainty of(LocalDateRange possible, LocalDateRange asked) {
        if (possible.last().isBefore(asked.first()) || possible.first().isAfter(asked.last())) {
            return NONE;
        }
        return !possible.first().isBefore(asked.first()) && !possible.last().isAfter(asked.last()) ? CERTAIN : POSSIBLE;
    }

}
