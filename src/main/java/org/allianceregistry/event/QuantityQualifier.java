package org.allianceregistry.event;

/**
 * How a source states a quantity: the number itself, or "about", "up to", "more than" it.
 */
public enum QuantityQualifier {

    /** The number as an official or exact count. */
    EXACTLY,
    /** "About", "some", "~": an approximate figure. */
    ABOUT,
    /** "Up to": a ceiling, the actual figure may be lower. */
    UP_TO,
    /** "More than", "over": a floor, the actual figure is higher. */
    MORE_THAN

}
