package org.allianceregistry.shared;

/** How well a curated record is supported by its sources. */
public enum Verification {

    /** Two or more independent sources agree, or a primary or official text states it. */
    VERIFIED,
    /** One non-official source only. */
    SINGLE_SOURCE,
    /** Not confirmed; kept only so that the registry can say what is not known. */
    UNVERIFIED

}
