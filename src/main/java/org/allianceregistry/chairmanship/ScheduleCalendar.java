package org.allianceregistry.chairmanship;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Precision;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;

/**
 * Writes a schedule as an RFC 5545 calendar a calendar application can subscribe to: one
 * all-day VEVENT per term (DTEND exclusive, the hand-over day), with a UID made of
 * alliance, chair year and state, so the same term keeps its UID across requests,
 * restarts and instances, and the projected event turns into the recorded one in place.
 * DTSTAMP is the schedule's Last-Modified, so the same data gives the same bytes. A term
 * whose hand-over no source dates to the day is an event all the same: it runs from the
 * legacy startDate to endDate (the last days each can be, so two chairs never share a
 * day) and its description gives the hand-over's bounds. A term without any known start
 * or end cannot be an event; the calendar lists it in an X-REGISTRY-SKIPPED-TERM property
 * instead.
 */
final class ScheduleCalendar {

    static final String PRODUCT_ID = "-//Alliance Registry//Chairmanship schedule v1//EN";
    static final String SKIPPED_TERM = "X-REGISTRY-SKIPPED-TERM";
    static final Duration REFRESH = Duration.ofHours(1);
    static final int LINE_OCTETS = 75;

    private ScheduleCalendar() {
    }

    /**
     * The calendar, or a 404 problem where it would have no event: RFC 5545 wants at
     * least one component, and ical4j's validator refuses an empty calendar.
     */
    static byte[] write(ChairmanshipSchedule schedule) {
        Words words = Words.of(schedule.language());
        String alliance = words.alliance(schedule);
        Calendar calendar = new Calendar();
        String name = words.calendarName(alliance);
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-CALDESC", words.calendarDescription(alliance, schedule.statement())));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        DtStamp stamp = new DtStamp(schedule.lastModified());
        int events = 0;
        for (ChairmanshipResponse entry : schedule.entries()) {
            LocalDate start = entry.startDate();
            LocalDate end = entry.endDate() != null ? entry.endDate() : entry.expectedEndDate();
            if (start == null || end == null) {
                calendar.add(new XProperty(SKIPPED_TERM, words.skipped(entry, start == null)));
                continue;
            }
            VEvent event = new VEvent(false);
            event.add(new Uid(uid(schedule.allianceCode(), entry)));
            event.add(stamp);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(end));
            event.add(new Summary(words.summary(alliance, entry)));
            event.add(new Description(words.description(entry)));
            event.add(entry.projected() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(ImmutableTransp.TRANSPARENT);
            calendar.add(event);
            events++;
        }
        if (events == 0) {
            throw schedule.rotating()
                    ? new RegistryException(ProblemType.NO_CALENDAR_EVENTS,
                            "No " + schedule.allianceAcronym() + " chairmanship term "
                                    + (schedule.asOf() != null ? "known to cover " + schedule.asOf()
                                            : "of the years " + schedule.fromYear() + " to " + schedule.toYear())
                                    + " has known dates, and an iCalendar feed needs at least "
                                    + "one event (RFC 5545). The JSON and CSV schedules list the terms "
                                    + (schedule.asOf() != null ? "of the day." : "of the range."))
                    : new RegistryException(ProblemType.NO_ROTATING_CHAIR, schedule.statement()
                            + " It has no chairmanship calendar (an iCalendar feed needs at least one event).");
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
        }
        catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        catch (ValidationException exception) {
            throw new IllegalStateException("the schedule does not make a valid calendar", exception);
        }
        return fold(out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Folds content lines longer than {@value #LINE_OCTETS} octets of UTF-8 (RFC 5545,
     * 3.1) with CRLF and a space, never inside a character. ical4j folds by characters,
     * which lets a line of Cyrillic or Arabic run to twice that.
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int codePoint = line.codePointAt(i);
                int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + length > LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += length;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    /**
     * Stable for the same term: alliance code, chair year and state, never a database id.
     */
    static String uid(String allianceCode, ChairmanshipResponse entry) {
        return allianceCode + "-" + entry.chairYear() + "-" + entry.iso3().toLowerCase(Locale.ROOT)
                + "@alliance-registry";
    }

    /**
     * The calendar's own words in the schedule's language. What the registry records as
     * free text (notes, exceptions, the rule step) is English; the Russian and Arabic
     * calendars quote it, saying so, rather than leave it out.
     */
    private enum Words {

        EN("%s chairmanship", "%s chairmanship: %s", " (projected)", "Chair year %s.",
                " Projected by the rotation rule, not a decision of the council.", " Head of state: %s.",
                " Interim chair.",
                " The hand-over is not recorded yet; the end shown is the one the hand-over convention implies.", " %s",
                "%s %s: the %s date is not recorded, so the term is not a calendar event", "start", "end",
                " The hand-over to this chair is not recorded to the day: it took place between %s and %s; the event "
                        + "starts on %s, the first day the state certainly chaired.",
                " The hand-over to the next chair is not recorded to the day: it took place between %s and %s; the "
                        + "event runs until the latest possible hand-over, %s."),

        RU("Председательство в %s", "Председательство в %s: %s", " (прогноз)", "Год председательства: %s.",
                " Прогноз по правилу ротации, а не решение Совета.", " Глава государства: %s.",
                " Временное председательство.",
                " Передача председательства ещё не записана; дата окончания указана по принятому порядку передачи.",
                " Примечание (на английском): %s", "%s %s: не записана дата %s, поэтому срок не включён в календарь",
                "начала", "окончания",
                " Передача председательства этому государству не датирована точно: она состоялась между %s и %s; "
                        + "событие начинается %s, с первого дня, когда государство точно председательствовало.",
                " Передача председательства следующему государству не датирована точно: она состоялась между %s и %s; "
                        + "событие длится до последнего возможного дня передачи, %s."),

        AR("رئاسة %s", "رئاسة %s: %s", " (متوقعة)", "سنة الرئاسة: %s.",
                " متوقعة وفق قاعدة التناوب، وليست قرارًا من المجلس.", " رئيس الدولة: %s.", " رئاسة مؤقتة.",
                " لم يُسجَّل تسليم الرئاسة بعد؛ تاريخ الانتهاء المعروض هو ما يقتضيه عرف التسليم.",
                " ملاحظة (بالإنجليزية): %s", "%s %s: تاريخ %s غير مسجل، لذا لا تظهر الفترة في التقويم", "البدء",
                "الانتهاء",
                " لم يُسجَّل يوم تسلّم هذه الدولة للرئاسة بدقة: جرى التسليم بين %s و%s؛ يبدأ الحدث في %s، أول يوم "
                        + "كانت فيه الدولة رئيسةً بالتأكيد.",
                " لم يُسجَّل يوم تسليم الرئاسة إلى الدولة التالية بدقة: جرى التسليم بين %s و%s؛ يمتد الحدث حتى آخر "
                        + "يوم ممكن للتسليم، %s.");

        private final String calendarName;

        private final String summary;

        private final String projected;

        private final String chairYear;

        private final String projection;

        private final String headOfState;

        private final String interim;

        private final String expectedEnd;

        private final String quoted;

        private final String skipped;

        private final String start;

        private final String end;

        private final String uncertainStart;

        private final String uncertainEnd;

        Words(String calendarName, String summary, String projected, String chairYear, String projection,
                String headOfState, String interim, String expectedEnd, String quoted, String skipped, String start,
                String end, String uncertainStart, String uncertainEnd) {
            this.calendarName = calendarName;
            this.summary = summary;
            this.projected = projected;
            this.chairYear = chairYear;
            this.projection = projection;
            this.headOfState = headOfState;
            this.interim = interim;
            this.expectedEnd = expectedEnd;
            this.quoted = quoted;
            this.skipped = skipped;
            this.start = start;
            this.end = end;
            this.uncertainStart = uncertainStart;
            this.uncertainEnd = uncertainEnd;
        }

        static Words of(Language language) {
            return switch (language) {
                case EN -> EN;
                case RU -> RU;
                case AR -> AR;
            };
        }

        /**
         * The acronym (ОДКБ in Russian); in Arabic the name, as Arabic writing names the
         * CSTO.
         */
        String alliance(ChairmanshipSchedule schedule) {
            return this == AR ? schedule.allianceName() : schedule.allianceAcronym();
        }

        String calendarName(String alliance) {
            return calendarName.formatted(alliance);
        }

        /** The rule's statement is English: the other languages name the calendar. */
        String calendarDescription(String alliance, String statement) {
            return switch (this) {
                case EN -> statement;
                case RU ->
                    "Председательство в " + alliance + ": записанные сроки и сроки, прогнозируемые по правилу ротации.";
                case AR -> "رئاسة " + alliance + ": الفترات المسجلة والفترات المتوقعة وفق قاعدة التناوب.";
            };
        }

        String summary(String alliance, ChairmanshipResponse entry) {
            return summary.formatted(alliance, entry.name()) + (entry.projected() ? projected : "");
        }

        String skipped(ChairmanshipResponse entry, boolean startMissing) {
            return skipped.formatted(entry.chairYearLabel(), entry.name(), startMissing ? start : end);
        }

        String description(ChairmanshipResponse entry) {
            StringBuilder text = new StringBuilder(chairYear.formatted(entry.chairYearLabel()));
            if (entry.projected()) {
                text.append(projection);
                if (entry.ruleStep() != null) {
                    text.append(quote(entry.ruleStep().text()));
                }
            }
            if (entry.headOfState() != null) {
                text.append(headOfState.formatted(entry.headOfState()));
            }
            if (entry.interim()) {
                text.append(interim);
            }
            if (entry.endDate() == null && entry.expectedEndDate() != null) {
                text.append(expectedEnd);
            }
            HistoricalPeriodResponse time = entry.time();
            if (time != null && time.start().precision() != Precision.DAY) {
                text.append(uncertainStart.formatted(time.start().firstPossibleDay(), time.start().lastPossibleDay(),
                        entry.startDate()));
            }
            if (time != null && time.end() != null && time.end().precision() != Precision.DAY) {
                text.append(uncertainEnd.formatted(time.end().firstPossibleDay(), time.end().lastPossibleDay(),
                        entry.endDate()));
            }
            if (entry.dateNote() != null) {
                text.append(quote(entry.dateNote()));
            }
            if (entry.note() != null) {
                text.append(quote(entry.note()));
            }
            if (entry.ruleException() != null) {
                text.append(quote("Exception to the rotation rule: " + entry.ruleException()));
            }
            return text.toString();
        }

        private String quote(String english) {
            return quoted.formatted(english);
        }

    }

}
