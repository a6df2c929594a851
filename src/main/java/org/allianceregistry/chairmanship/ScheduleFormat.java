package org.allianceregistry.chairmanship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The representations of a chairmanship schedule. A {@code format} parameter wins over
 * {@code Accept}, because scripts and calendar applications often cannot set headers;
 * without either the answer is JSON.
 */
enum ScheduleFormat {

    JSON("json", MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON),
    CSV("csv", MediaType.parseMediaType("text/csv"), MediaType.parseMediaType("text/csv;charset=UTF-8;header=present")),
    ICS("ics", MediaType.parseMediaType("text/calendar"), MediaType.parseMediaType("text/calendar;charset=UTF-8"));

    /** What the feed operations' descriptions say about formats and polling. */
    static final String FEEDS = " **Formats.** JSON (default), CSV (`text/csv`, RFC 4180, a header row) or iCalendar "
            + "(`text/calendar`, RFC 5545, one all-day event per term whose start and end are known, DTEND exclusive, a UID "
            + "per term that never changes; a term whose hand-over no source dates to the day runs from startDate to "
            + "endDate, the last days they can be, and its description gives the hand-over's bounds), chosen by `format` or by `Accept` (`format` wins; an `Accept` naming none of "
            + "them answers 406). CSV and iCalendar carry every entry of the range; `page` and `size` apply to JSON only. "
            + "A calendar needs at least one event (RFC 5545): the iCalendar feed of an alliance without a rotating chair "
            + "(NATO, the Warsaw Pact) answers a 404 problem `no-rotating-chair`, that of a range in which no term has "
            + "known dates a 404 `no-calendar-events`. Summaries and descriptions follow `Accept-Language` (en, ru, ar); "
            + "notes the registry records in English are quoted as such. "
            + "**Polling.** Every answer carries a strong `ETag` (a SHA-256 hash of the body) and `Last-Modified` (when the "
            + "registry's data last changed), which change only when the data behind the answer changes; `If-None-Match` "
            + "or `If-Modified-Since` answer 304 without a body. `Cache-Control: max-age=3600, must-revalidate, public`.";

    /** The examples of the feeds in the OpenAPI description. */
    static final String CSV_EXAMPLE = """
            chair_year,chair_year_label,iso2,iso3,name,start_date,end_date,expected_end_date,projected,interim,verification,participation_frozen_since,rule_step,rule_exception,start_precision,start_first_possible_day,start_last_possible_day,end_precision,end_first_possible_day,end_last_possible_day,end_status,edtf,match\r
            2008,2007-08,KG,KGZ,Kyrgyzstan,2007-10-06,2008-09-05,,false,false,VERIFIED,,,"Out of order: …",DAY,2007-10-06,2007-10-06,YEAR,2008-07-21,2008-09-05,ENDED_ON_UNCERTAIN_DAY,2007-10-06/2008?,CERTAIN\r
            2027,2027,TJ,TJK,Tajikistan,2027-01-01,2028-01-01,,true,false,UNVERIFIED,,After Russia (2026) in Russian alphabetical order of member names: Tajikistan.,,DAY,2027-01-01,2027-01-01,DAY,2028-01-01,2028-01-01,ENDED,2027-01-01/2027-12-31,CERTAIN\r
            """;

    static final String ICS_EXAMPLE = """
            BEGIN:VCALENDAR\r
            PRODID:-//Alliance Registry//Chairmanship schedule v1//EN\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            UID:csto-2027-tjk@alliance-registry\r
            DTSTAMP:20261129T150000Z\r
            DTSTART;VALUE=DATE:20270101\r
            DTEND;VALUE=DATE:20280101\r
            SUMMARY:CSTO chairmanship: Tajikistan (projected)\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    private final String parameter;

    private final MediaType mediaType;

    private final MediaType contentType;

    ScheduleFormat(String parameter, MediaType mediaType, MediaType contentType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.contentType = contentType;
    }

    String parameter() {
        return parameter;
    }

    /** The Content-Type of a response in this format. */
    MediaType contentType() {
        return contentType;
    }

    /**
     * The format a request asks for: by {@code format} if given, else the first supported
     * type of {@code Accept} by quality and specificity.
     * @throws InvalidParameterException for an unknown {@code format}
     * @throws HttpMediaTypeNotAcceptableException when {@code Accept} names none of JSON,
     * CSV and iCalendar
     */
    static ScheduleFormat negotiate(@Nullable String format, @Nullable String accept)
            throws HttpMediaTypeNotAcceptableException {
        if (format != null) {
            String wanted = format.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                .filter(f -> f.parameter.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException("format",
                        "Unknown format '" + format + "'; use json, csv or ics."));
        }
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        List<MediaType> acceptable;
        try {
            acceptable = new ArrayList<>(MediaType.parseMediaTypes(accept));
            MimeTypeUtils.sortBySpecificity(acceptable);
        }
        catch (IllegalArgumentException exception) {
            // InvalidMediaTypeException and InvalidMimeTypeException, and "too many
            // elements" from the sort
            throw new HttpMediaTypeNotAcceptableException("Could not parse 'Accept' header: " + exception.getMessage());
        }
        acceptable.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : acceptable) {
            if (type.getQualityValue() > 0) {
                for (ScheduleFormat candidate : values()) {
                    if (type.includes(candidate.mediaType)) {
                        return candidate;
                    }
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(Arrays.stream(values()).map(f -> f.mediaType).toList());
    }

}
