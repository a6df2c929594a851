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
