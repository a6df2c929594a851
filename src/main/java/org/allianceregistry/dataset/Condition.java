package org.allianceregistry.dataset;

/**
 * What an obligation is conditional on, as ATOP codes it for each member (codebook §2.3:
 * {@code defcoadv} ... {@code concoreq}).
 */
public enum Condition {

    /** Only against a specific adversary ({@code *coadv}). */
    SPECIFIC_ADVERSARY,
    /**
     * Only in a given location, e.g. the North Atlantic Treaty's Art. 6 area
     * ({@code *coloc}).
     */
    LOCATION,
    /** Only in a specific conflict ({@code *cocon}). */
    SPECIFIC_CONFLICT,
    /** Only when the number of adversaries is as stated ({@code *conum}). */
    NUMBER_OF_ADVERSARIES,
    /** Only if demands are not met ({@code *codem}). */
    DEMANDS_NOT_MET,
    /**
     * Only if the ally did not provoke the attack ({@code defconpr}, {@code neuconpr}).
     */
    ALLY_NOT_PROVOKING,
    /** Neutrality only when the ally is attacked ({@code neucoatt}). */
    ALLY_ATTACKED,
    /** Consultation at an ally's request ({@code concoreq}). */
    ALLY_REQUEST

}
