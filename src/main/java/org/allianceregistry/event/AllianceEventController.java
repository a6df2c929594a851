package org.allianceregistry.event;

import org.allianceregistry.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.web.InvalidParameterException;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Events", description = "Operations, exercises, summits, decisions, statements and forces of an alliance")
@RequestMapping("/api/v1/alliances/{code}/events")
class AllianceEventController {

    private static final SortProperties SORT = SortProperties.defaultingTo("startDate")
        .property("startDate", "startDate")
        .property("kind", "kind")
        .property("title", "titleEn")
        .build();

    private final AllianceEventService events;

    AllianceEventController(AllianceEventService events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "List the alliance's events in chronological order",
            description = "Filter by kind and by a date range: an event is listed when its span (startDate to endDate) "
                    + "meets [from, to]. Undated events (datePrecision UNDATED) are listed last, and only when no range "
                    + "is given. Sort properties: startDate, kind, title.")
    PagedModel<AllianceEventResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only these kinds (repeat the parameter or separate with commas)",
                    example = "OPERATION") @RequestParam(required = false) @Nullable List<@NotNull EventKind> kind,
            @Parameter(description = "Earliest day (YYYY-MM-DD)", example = "2022-01-01") @RequestParam(
                    required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
            @Parameter(description = "Latest day (YYYY-MM-DD)", example = "2022-01-31") @RequestParam(
                    required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "'from' (" + from + ") is after 'to' (" + to + ").");
        }
        EnumSet<EventKind> kinds = kind == null || kind.isEmpty() ? EnumSet.noneOf(EventKind.class)
                : EnumSet.copyOf(kind);
        return new PagedModel<>(events.list(code, kinds, from, to, SORT.pageable(paging), Language.of(locale)));
    }

}
