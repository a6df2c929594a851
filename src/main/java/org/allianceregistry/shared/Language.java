package org.allianceregistry.shared;

import java.util.Locale;

/**
 * The languages the registry names things in. English is the default and the fallback.
 */
public enum Language {

    EN, RU, AR;

    public static Language of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> RU;
            case "ar" -> AR;
            default -> EN;
        };
    }

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

}
