package org.allianceregistry.page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.allianceregistry.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The language a page is written in, and how it writes dates: with the JDK's locale data
 * (CLDR), never hand-written month names. Templates call it as {@code lang}.
 */
public final class PageLanguage {

    private final Language language;

    private final DateTimeFormatter longDate;

    private final DateTimeFormatter monthYear;

    PageLanguage(Language language) {
        this.language = language;
        Locale locale = language.locale();
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        // "LLLL" is the stand-alone month name (nominative in Russian: "январь 2013").
        this.monthYear = DateTimeFormatter.ofPattern("LLLL y", locale);
    }

    public Language language() {
        return language;
    }

    /** The {@code lang} parameter that chooses this language: en, ru or ar. */
    public String code() {
        return tag();
    }

    /** The BCP 47 tag for {@code lang} attributes and Content-Language. */
    public String tag() {
        return language.locale().toLanguageTag();
    }

    public boolean rtl() {
        return language == Language.AR;
    }

    public String dir() {
        return rtl() ? "rtl" : "ltr";
    }

    /** The day in full, as the language writes it; empty for no date. */
    public String date(@Nullable LocalDate day) {
        return day == null ? "" : longDate.format(day);
    }

    /** A month of a year, for a date known to the month only. */
    public String month(LocalDate day) {
        return monthYear.format(day);
    }

    /** A year, for a date known to the year only. */
    public String year(LocalDate day) {
        return Integer.toString(day.getYear());
    }

}
