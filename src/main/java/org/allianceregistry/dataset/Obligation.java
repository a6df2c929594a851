package org.allianceregistry.dataset;

import org.jspecify.annotations.Nullable;

/**
 * A kind of obligation to filter alliances by. {@code NON_AGGRESSION_ONLY}: a pact that
 * promises non-aggression and nothing else (ATOP's 172 "pure" non-aggression pacts).
 */
public enum Obligation {

    DEFENCE("defence"), OFFENCE("offence"), NEUTRALITY("neutrality"), NON_AGGRESSION("non_aggression"),
    CONSULTATION("consultation"), NON_AGGRESSION_ONLY(null);

    private final @Nullable String column;

    Obligation(@Nullable String column) {
        this.column = column;
    }

    /** The SQL condition on the obligation columns of the table aliased {@code alias}. */
    String condition(String alias) {
        if (column == null) {
            return ("(%1$s.non_aggression = TRUE AND COALESCE(%1$s.defence, FALSE) = FALSE"
                    + " AND COALESCE(%1$s.offence, FALSE) = FALSE AND COALESCE(%1$s.neutrality, FALSE) = FALSE"
                    + " AND COALESCE(%1$s.consultation, FALSE) = FALSE)")
                .formatted(alias);
        }
        return alias + "." + column + " = TRUE";
    }

}
