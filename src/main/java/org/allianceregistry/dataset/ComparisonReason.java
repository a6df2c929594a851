package org.allianceregistry.dataset;

/**
 * Why a dataset and the curated record part ways for a state, one code per kind of
 * difference. The comparison's answer lists every code with its meaning.
 */
public enum ComparisonReason {

    DATE_KIND("The entry dates differ by the kind of date: the dataset's is earlier than the record's accession by "
            + "less than two years, a signature (of the treaty or accession protocol) beside the record's deposit or "
            + "entry into force. ATOP's codebook dates every entry by signature; COW mixes signature and deposit."),

    EXIT_ABSENT("The record has an exit the dataset does not: the dataset has the state in the alliance to the end "
            + "of its coverage."),

    DATES_DIFFER("The dates differ otherwise (an exit the record does not have, a different exit, an entry not "
            + "explained by the kind of date)."),

    OUTSIDE_COVERAGE("The record's period, or the part of it in question, lies outside the dataset's coverage, so "
            + "the dataset cannot have it."),

    STATE_IDENTITY("The dataset codes the state with a number that stands for another state at another time (COW 365 "
            + "is the Soviet Union and Russia), or with more than one number (260 and 255 for Germany)."),

    DUPLICATE_ROWS("The dataset has the state in more than one of its alliances linked to this one, overlapping "
            + "(COW 349 beside 350 for the Collective Security Treaty)."),

    ABSENT_IN_DATASET("The record has a membership period the dataset has no row for."),

    ABSENT_IN_RECORD("The dataset has the state in the alliance; the record has no membership period for it."),

    NOT_IMPORTED("The dataset has not been imported, so nothing of it is compared (never read as agreement).");

    private final String meaning;

    ComparisonReason(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

}
