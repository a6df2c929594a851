package org.allianceregistry.event;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
import org.allianceregistry.web.InvalidParameterException;
import org.allianceregistry.web.JsonMergePatch;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Events", description = "Operations, exercises, summits, decisions, statements and forces of an alliance")
@RequestMapping("/api/v1")
class AllianceEventController {

    private static final SortProperties SORT = SortProperties.defaultingTo("startDate")
        .property("startDate", "start.date")
        .property("kind", "kind")
        .property("title", "titleEn")
        .build();

    private final AllianceEventService events;

    private final JsonMergePatch mergePatch;

    AllianceEventController(AllianceEventService events, JsonMergePatch mergePatch) {
        this.events = events;
        this.mergePatch = mergePatch;
    }

    @GetMapping("/alliances/{code}/events")
    @Operation(operationId = "listEvents", summary = "List the alliance's events in chronological order",
            description = "Filter by kind, by participant (`state`) and by a date range (`from`, `to`, either may be "
                    + "left open): an event is listed when it MAY meet the range, that is when its first possible day "
                    + "is not after `to` and its last possible day not before `from`; a record known only to the month "
                    + "or year is listed for any range that meets that month or year (the 2020 Karabakh war, known to "
                    + "the year, for September to November 2020). Each listed event then says in `match` whether it "
                    + "meets the range CERTAIN(ly) or only POSSIBLE. An undated event (datePrecision UNDATED) may have "
                    + "happened at any time: it is listed for every range with match POSSIBLE, after the dated ones, "
                    + "unless `includeUndated=false`. Sort properties: startDate, kind, title.")
    PagedModel<AllianceEventResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only these kinds (repeat the parameter or separate with commas)",
                    example = "OPERATION") @RequestParam(required = false) @Nullable List<@NotNull EventKind> kind,
            @Parameter(description = "Range start: the earliest day (YYYY-MM-DD)",
                    example = "2022-01-01") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate from,
            @Parameter(description = "Range end: the latest day, inclusive (YYYY-MM-DD)",
                    example = "2022-01-31") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate to,
            @Parameter(
                    description = "Only events in which this state takes part (a participant): ISO 3166-1 "
                            + "alpha-2 or alpha-3 code, any case; an unknown code is a 404 state-not-found problem",
                    example = "KZ") @RequestParam(required = false) @Nullable String state,
            @Parameter(
                    description = "Whether undated events are listed (with match POSSIBLE when a range is "
                            + "given); true when omitted",
                    example = "true") @RequestParam(defaultValue = "true") boolean includeUndated,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("from", "'from' (" + from + ") is after 'to' (" + to + ").");
        }
        EnumSet<EventKind> kinds = kind == null || kind.isEmpty() ? EnumSet.noneOf(EventKind.class)
                : EnumSet.copyOf(kind);
        return new PagedModel<>(events.list(code, new EventQuery(kinds, from, to, state, includeUndated),
                SORT.pageable(paging), Language.of(locale)));
    }

    @PostMapping("/alliances/{code}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordEvent",
            summary = "Record an event: an operation, exercise, summit, decision, statement or force",
            description = "The event and its participants in one write; 201 with `Location` and `ETag`. Cite at least one source and state its `verification`.")
    ResponseEntity<AllianceEventResponse> record(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody RecordEventRequest request) {
        Versioned<AllianceEventResponse> created = events.record(code, request);
        return EntityTag.created("/api/v1/events/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/events/{id}")
    @Operation(operationId = "getEvent", summary = "Get one event, with its ETag for a later correction",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this id.")
    ResponseEntity<AllianceEventResponse> get(
            @Parameter(description = "The event's id", example = "31") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<AllianceEventResponse> event = events.get(id, Language.of(locale));
        return EntityTag.ok(event.body(), event.version());
    }

    @PutMapping("/events/{id}")
    @Operation(operationId = "replaceEvent",
            summary = "Correct an event (replace all its fields, participants included)",
            description = "Send every correctable field, with the record's ETag as `If-Match`; the answer carries the new ETag. Cite at least one source (`sources` and/or `newSources`).")
    ResponseEntity<AllianceEventResponse> replace(
            @Parameter(description = "The event's id", example = "31") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody RecordEventRequest request) {
        Versioned<AllianceEventResponse> updated = events.update(id, ifMatch.expected(), request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/events/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchEvent", summary = "Correct some fields of an event (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the record as its PUT takes it: fields left out stay as they are, `null` clears a field. Needs the record's ETag as `If-Match`; the merged record is checked like a PUT.")
    ResponseEntity<AllianceEventResponse> patch(
            @Parameter(description = "The event's id", example = "31") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        RecordEventRequest merged = mergePatch.apply(events.editable(id), JsonMergePatch.body(patch),
                RecordEventRequest.class);
        Versioned<AllianceEventResponse> updated = events.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/events/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteEvent", summary = "Delete an event recorded in error",
            description = "Not while it has stages (409 event-has-stages).")
    ResponseEntity<Void> delete(@Parameter(description = "The event's id", example = "31") @PathVariable long id,
            IfMatch ifMatch) {
        events.delete(id, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
