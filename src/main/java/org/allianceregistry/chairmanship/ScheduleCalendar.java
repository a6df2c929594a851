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

/**
 * Writes a schedule as an RFC 5545 calendar a calendar application can subscribe to: one
 * all-day VEVENT per term (DTEND exclusive, the hand-over day), with a UID made of
 * alliance, chair year and state, so the same term keeps its UID across requests,
 * restarts and instances, and the projected event turns into the recorded one in place.
 * DTSTAMP is the schedule's Last-Modified, so the same data gives the same bytes. A term
 * without a known start or end cannot be an event; the calendar lists it in an
 * X-REGISTRY-SKIPPED-TERM property instead.
 */
final class ScheduleCalendar {

    static final String PRODUCT_ID = "-//Alliance Registry//Chairmanship schedule v1//EN";
    static final String SKIPPED_TERM = "X-REGISTRY-SKIPPED-TERM";
    static final Duration REFRESH = Duration.ofHours(1);
    static final int LINE_OCTETS = 75;

    private ScheduleCalendar() {
    }

    static byte[] write(ChairmanshipSchedule schedule) {
        Calendar calendar = new Calendar();
        String name = schedule.allianceAcronym() + " chairmanship";
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-CALDESC", schedule.statement()));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        DtStamp stamp = new DtStamp(schedule.lastModified());
        int events = 0;
        for (ChairmanshipResponse entry : schedule.entries()) {
            LocalDate start = entry.startDate();
            LocalDate end = entry.endDate() != null ? entry.endDate() : entry.expectedEndDate();
            if (start == null || end == null) {
                calendar.add(new XProperty(SKIPPED_TERM,
                        entry.chairYearLabel() + " " + entry.name() + ": the " + (start == null ? "start" : "end")
                                + " date is not recorded, so the term is not a calendar event"));
                continue;
            }
            VEvent event = new VEvent(false);
            event.add(new Uid(uid(schedule.allianceCode(), entry)));
            event.add(stamp);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(end));
            event.add(new Summary(schedule.allianceAcronym() + " chairmanship: " + entry.name()
                    + (entry.projected() ? " (projected)" : "")));
            event.add(new Description(description(entry)));
            event.add(entry.projected() ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED);
            event.add(ImmutableTransp.TRANSPARENT);
            calendar.add(event);
            events++;
        }
        StringWriter out = new StringWriter();
        try {
            // RFC 5545 wants at least one component; an empty schedule (NATO) still
            // answers a calendar, with no events.
            new CalendarOutputter(events > 0, Integer.MAX_VALUE).output(calendar, out);
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

    private static String description(ChairmanshipResponse entry) {
        StringBuilder text = new StringBuilder("Chair year ").append(entry.chairYearLabel()).append('.');
        if (entry.projected()) {
            text.append(" Projected by the rotation rule, not a decision of the council.");
            if (entry.ruleStep() != null) {
                text.append(' ').append(entry.ruleStep().text());
            }
        }
        if (entry.headOfState() != null) {
            text.append(" Head of state: ").append(entry.headOfState()).append('.');
        }
        if (entry.interim()) {
            text.append(" Interim chair.");
        }
        if (entry.endDate() == null && entry.expectedEndDate() != null) {
            text.append(
                    " The hand-over is not recorded yet; the end shown is the one the hand-over convention implies.");
        }
        if (entry.dateNote() != null) {
            text.append(' ').append(entry.dateNote());
        }
        if (entry.note() != null) {
            text.append(' ').append(entry.note());
        }
        if (entry.ruleException() != null) {
            text.append(" Exception to the rotation rule: ").append(entry.ruleException());
        }
        return text.toString();
    }

}
