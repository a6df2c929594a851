package org.allianceregistry.chairmanship;

import static org.allianceregistry.chairmanship.RotationScheduleService.MAX_YEAR;
import static org.allianceregistry.chairmanship.RotationScheduleService.MAX_YEARS;
import static org.allianceregistry.chairmanship.RotationScheduleService.MIN_YEAR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
import org.allianceregistry.web.InvalidParameterException;
import org.allianceregistry.web.EnumParameters;
import org.allianceregistry.web.JsonMergePatch;
import org.allianceregistry.web.PageParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@Tag(name = "Chairmanships",
        description = "Who chairs the alliance's council: the recorded terms, the rotation rule, and "
                + "the schedule it projects, as JSON, CSV and iCalendar feeds for scripts and calendar applications")
@RequestMapping("/api/v1")
class ChairmanshipController {

    /**
     * A schedule changes a few times a year; an hour's staleness is harmless, and
     * revalidating costs a 304.
     */
    static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofHours(1)).cachePublic().mustRevalidate();

    private final RotationScheduleService schedules;

    private final ChairmanshipService chairmanships;

    private final JsonMergePatch mergePatch;

    private final Clock clock;

    private final JsonMapper json;

    ChairmanshipController(RotationScheduleService schedules, ChairmanshipService chairmanships,
            JsonMergePatch mergePatch, Clock clock, JsonMapper json) {
        this.schedules = schedules;
        this.chairmanships = chairmanships;
        this.mergePatch = mergePatch;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping("/alliances/{code}/chairmanships")
    @Operation(operationId = "getChairmanshipSchedule",
            summary = "The chairmanship schedule: recorded terms, then the terms the rotation rule projects; or who chaired on a day",
            description = "One chronological list of the terms whose dates overlap the years `from` to `to` (1 January "
                    + "`from` to 31 December `to`, at most " + MAX_YEARS + " years per request; `from=2006&to=2006` "
                    + "lists Belarus, which chaired from 23 June 2006): the "
                    + "recorded terms (`projected` false) and, after the last recorded term, the terms the alliance's rotation "
                    + "rule projects year by year (`projected` true, `ruleStep` says which step produced each, `verification` "
                    + "UNVERIFIED). With `asOf` instead, who chaired on that day: every term, recorded or projected, that "
                    + "covers it. Each entry's `match` says whether it certainly (CERTAIN) or only possibly (POSSIBLE) meets "
                    + "the years or the day: a day inside the bounds of a hand-over no source dates to the day (Kyrgyzstan "
                    + "to Armenia, between 21 July and 5 September 2008) lists both states as POSSIBLE. A term known by no "
                    + "date at all is selected by its chair year, as POSSIBLE. The members in the rotation are read from "
                    + "the membership history on each hand-over day: a "
                    + "suspended member is skipped; a member that froze its own participation keeps its turn (flagged by "
                    + "`participationFrozenSince`) unless `frozenPolicy=SKIP`. Defaults: `to` is "
                    + RotationScheduleService.YEARS_AHEAD
                    + " years after the current year, `from` the first recorded chair year. Dates: `time` holds both as "
                    + "the sources know them (start inclusive, end exclusive: the hand-over; precision, bounds, EDTF and "
                    + "whether the term is still OPEN, ENDED, or ENDED_ON_UNCERTAIN_DAY). startDate is the day the state "
                    + "takes the chair, endDate the hand-over day (exclusive); where the day is uncertain each carries the "
                    + "last day it can be, so they never show two chairs on one day nor an ended term as current. A "
                    + "recorded term still in office shows the hand-over the "
                    + "convention implies as `expectedEndDate`, and is matched up to it. An alliance without a rotating chair (NATO) answers an empty "
                    + "schedule; its rotation rule (the `Link` header, rel=describedby) says so."
                    + ScheduleFormat.FEEDS)
    @ApiResponse(responseCode = "200", description = "The schedule in the chosen format",
            content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = ChairmanshipPage.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = ScheduleFormat.CSV_EXAMPLE)),
                    @Content(mediaType = "text/calendar", schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = ScheduleFormat.ICS_EXAMPLE)) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the request names",
            content = @Content)
    @ApiResponse(responseCode = "400",
            description = "A parameter is malformed or out of range; the problem's errors name it",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No alliance has this code",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "406", description = "Accept names none of JSON, CSV and iCalendar",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> schedule(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "First chair year, " + MIN_YEAR + " to " + MAX_YEAR
                    + "; default: the first recorded chair year", example = "2020") @RequestParam(
                            required = false) @Min(MIN_YEAR) @Max(MAX_YEAR) @Nullable Integer from,
            @Parameter(
                    description = "Last chair year, " + MIN_YEAR + " to " + MAX_YEAR + ", at most " + MAX_YEARS
                            + " years after `from`; default: ten years after the current year",
                    example = "2036") @RequestParam(
                            required = false) @Min(MIN_YEAR) @Max(MAX_YEAR) @Nullable Integer to,
            // No example: Swagger UI would send it with from and to, which it excludes.
            @Parameter(description = "Who chaired on this day (YYYY-MM-DD, e.g. 2016-06-01): the terms covering it, "
                    + "each with its match; instead of from and to (400 with either)") @RequestParam(
                            required = false) @DateTimeFormat(
                                    iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
            @Parameter(
                    description = "What the turn of a member that froze its own participation becomes: KEEP (its turn "
                            + "stands, flagged) or SKIP (the next eligible member chairs); default: the rule's, KEEP for the CSTO",
                    example = "SKIP", schema = @Schema(allowableValues = { "KEEP", "SKIP" })) @RequestParam(
                            required = false) @Nullable String frozenPolicy,
            @Parameter(description = "json, csv or ics; wins over Accept", example = "csv",
                    schema = @Schema(allowableValues = { "json", "csv", "ics" })) @RequestParam(
                            required = false) @Nullable String format,
            @Parameter(description = "JSON only: page number, from 0",
                    example = "0") @RequestParam(required = false) @Min(0) @Max(100_000) @Nullable Integer page,
            @Parameter(description = "JSON only: page size, 1 to " + PageParameters.MAX_SIZE + ", default "
                    + PageParameters.DEFAULT_SIZE + " (a whole request of at most " + MAX_YEARS
                    + " years fits one page)", example = "50") @RequestParam(
                            required = false) @Min(1) @Max(PageParameters.MAX_SIZE) @Nullable Integer size,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT,
                    required = false) @Nullable String accept,
            @Parameter(hidden = true) Locale locale) throws HttpMediaTypeNotAcceptableException {
        ScheduleFormat chosen = ScheduleFormat.negotiate(format, accept);
        if (asOf != null && (from != null || to != null)) {
            throw new InvalidParameterException("asOf", "asOf selects the terms of one day, from and to those of a "
                    + "range of years: send one or the other.");
        }
        ChairmanshipSchedule schedule = asOf != null
                ? schedules.on(code, asOf, policy(frozenPolicy), Language.of(locale))
                : schedules.schedule(code, from, to, policy(frozenPolicy), LocalDate.now(clock), Language.of(locale));
        byte[] body = switch (chosen) {
            case JSON -> json.writeValueAsBytes(page(schedule.entries(), page, size));
            case CSV -> ScheduleCsv.write(schedule.entries());
            case ICS -> ScheduleCalendar.write(schedule);
        };
        return respond(chosen, body, schedule, code + "-chairmanships" + (asOf != null ? "-" + asOf : ""));
    }

    @GetMapping("/alliances/{code}/chairmanships/current")
    @Operation(operationId = "getCurrentChair", summary = "Who chairs the alliance today",
            description = "The term certainly covering today (UTC): the recorded one, or, where the record stops before today, the term "
                    + "the rotation rule projects (`projected` true). A recorded term whose hand-over is not recorded covers "
                    + "the days after its start only if it is the last recorded term, and then only until the hand-over its "
                    + "convention implies (`expectedEndDate`). When no term is known to cover today for certain (a day "
                    + "inside a hand-over's bounds: `?asOf=` lists the candidates), or the alliance has no "
                    + "rotating chair, the answer is a 404 problem of type `no-current-chair` whose detail says which."
                    + ScheduleFormat.FEEDS)
    @ApiResponse(responseCode = "200", description = "Today's chair in the chosen format",
            content = {
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ChairmanshipResponse.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/calendar", schema = @Schema(type = "string")) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date the request names",
            content = @Content)
    @ApiResponse(responseCode = "404",
            description = "No alliance has this code, or no term is known to cover today (type no-current-chair)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "406", description = "Accept names none of JSON, CSV and iCalendar",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> current(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(
                    description = "As for the schedule: KEEP or SKIP a member that froze its participation (matters only for a projected chair)",
                    example = "KEEP", schema = @Schema(allowableValues = { "KEEP", "SKIP" })) @RequestParam(
                            required = false) @Nullable String frozenPolicy,
            @Parameter(description = "json, csv or ics; wins over Accept", example = "json",
                    schema = @Schema(allowableValues = { "json", "csv", "ics" })) @RequestParam(
                            required = false) @Nullable String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT,
                    required = false) @Nullable String accept,
            @Parameter(hidden = true) Locale locale) throws HttpMediaTypeNotAcceptableException {
        ScheduleFormat chosen = ScheduleFormat.negotiate(format, accept);
        ChairmanshipSchedule current = schedules.current(code, policy(frozenPolicy), LocalDate.now(clock),
                Language.of(locale));
        byte[] body = switch (chosen) {
            case JSON -> json.writeValueAsBytes(current.entries().get(0));
            case CSV -> ScheduleCsv.write(current.entries());
            case ICS -> ScheduleCalendar.write(current);
        };
        return respond(chosen, body, current, code + "-chairmanship-current");
    }

    @GetMapping("/alliances/{code}/chairmanships/rotation")
    @Operation(operationId = "getRotationRule", summary = "The alliance's chairmanship rotation rule",
            description = "The rule as data: the order basis (the members themselves come from the membership history), the "
                    + "term length, the hand-over conventions and the year each applies from, and the policies for suspended "
                    + "and frozen members, with the rotation order today. An alliance without a rotating chair answers "
                    + "`rotating: false` and a description saying so.")
    RotationResponse rotation(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(hidden = true) Locale locale) {
        return schedules.rotation(code, LocalDate.now(clock), Language.of(locale));
    }

    @PostMapping("/alliances/{code}/chairmanships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "assignChair", summary = "Record a chairmanship term",
            description = "The chair must be an ACTIVE member (not SUSPENDED; a frozen participation is allowed) on startDate, "
                    + "and the term may not overlap another term of the alliance.")
    ResponseEntity<ChairmanshipResponse> assign(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody AssignChairRequest request) {
        Versioned<ChairmanshipResponse> created = chairmanships.assign(code, request);
        return EntityTag.created("/api/v1/chairmanships/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/chairmanships/{id}")
    @Operation(operationId = "getChairmanship",
            summary = "Get one chairmanship term, with its ETag for a later correction",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this id.")
    ResponseEntity<ChairmanshipResponse> get(
            @Parameter(description = "The term's id", example = "20") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<ChairmanshipResponse> term = chairmanships.get(id, Language.of(locale));
        return EntityTag.ok(term.body(), term.version());
    }

    @PutMapping("/chairmanships/{id}")
    @Operation(operationId = "replaceChairmanship", summary = "Correct a chairmanship term (replace all its fields)",
            description = "Send every correctable field, with the record's ETag as `If-Match`; the answer carries the new ETag. Cite at least one source (`sources` and/or `newSources`).")
    ResponseEntity<ChairmanshipResponse> replace(
            @Parameter(description = "The term's id", example = "20") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody AssignChairRequest request) {
        ExpectedVersion version = ifMatch.expected();
        Versioned<ChairmanshipResponse> updated = chairmanships.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/chairmanships/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchChairmanship",
            summary = "Correct some fields of a chairmanship term, e.g. record the hand-over (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the record as its PUT takes it: fields left out stay as they are, `null` clears a field. Needs the record's ETag as `If-Match`; the merged record is checked like a PUT.")
    ResponseEntity<ChairmanshipResponse> patch(
            @Parameter(description = "The term's id", example = "20") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        AssignChairRequest merged = mergePatch.apply(chairmanships.editable(id), JsonMergePatch.body(patch),
                AssignChairRequest.class);
        Versioned<ChairmanshipResponse> updated = chairmanships.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/chairmanships/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteChairmanship", summary = "Delete a chairmanship term recorded in error",
            description = "Needs the term's ETag as `If-Match`; the schedule projects from the last term left.")
    ResponseEntity<Void> delete(@Parameter(description = "The term's id", example = "20") @PathVariable long id,
            IfMatch ifMatch) {
        chairmanships.delete(id, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

    /**
     * The read cache in front of the API adds the strong ETag (a hash of these bytes) and
     * answers conditional requests.
     */
    private ResponseEntity<byte[]> respond(ScheduleFormat format, byte[] body, ChairmanshipSchedule schedule,
            String fileName) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
            .contentType(format.contentType())
            .lastModified(schedule.lastModified())
            .cacheControl(CACHE_CONTROL)
            .varyBy(HttpHeaders.ACCEPT)
            .header(HttpHeaders.LINK,
                    "</api/v1/alliances/" + schedule.allianceCode() + "/chairmanships/rotation>; rel=\"describedby\"");
        if (format != ScheduleFormat.JSON) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(fileName + "." + format.parameter()).build().toString());
        }
        return response.body(body);
    }

    private static ChairmanshipPage page(List<ChairmanshipResponse> entries, @Nullable Integer page,
            @Nullable Integer size) {
        int number = page != null ? page : 0;
        int pageSize = size != null ? size : PageParameters.DEFAULT_SIZE;
        int first = (int) Math.min((long) number * pageSize, entries.size());
        List<ChairmanshipResponse> content = entries.subList(first, Math.min(first + pageSize, entries.size()));
        return new ChairmanshipPage(content,
                new PagedModel<>(new PageImpl<>(content, PageRequest.of(number, pageSize), entries.size()))
                    .getMetadata());
    }

    private static @Nullable TurnPolicy policy(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return EnumParameters.parse(value, TurnPolicy.class);
        }
        catch (IllegalArgumentException unknown) {
            throw new InvalidParameterException("frozenPolicy",
                    "Unknown frozenPolicy '" + value + "'; use KEEP or SKIP.");
        }
    }

}
