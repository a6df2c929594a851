package org.allianceregistry.chairmanship;

import java.text.Collator;
import java.util.Comparator;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalizedText;

/**
 * How a rotation orders the members: alphabetically by their names in one language, by
 * that language's collation.
 */
public enum OrderBasis {

    /**
     * By the members' Russian names (Армения, Беларусь, Казахстан, ...): the CSTO's
     * practice.
     */
    RUSSIAN_ALPHABETICAL(Language.RU),
    /** By the members' English names. */
    ENGLISH_ALPHABETICAL(Language.EN);

    private final Language language;

    OrderBasis(Language language) {
        this.language = language;
    }

    /**
     * Orders names as this basis does; equal names (never expected) are left to the
     * caller to break.
     */
    Comparator<LocalizedText> comparator() {
        Collator collator = Collator.getInstance(language.locale());
        return (left, right) -> collator.compare(left.in(language), right.in(language));
    }

    String describe() {
        return switch (this) {
            case RUSSIAN_ALPHABETICAL -> "Russian alphabetical order of member names";
            case ENGLISH_ALPHABETICAL -> "English alphabetical order of member names";
        };
    }

}
