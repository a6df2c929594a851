package org.allianceregistry.state;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Language;
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
@Tag(name = "States", description = "Every ISO 3166-1 state, and former states that belonged to an alliance")
@RequestMapping("/api/v1/states")
class MemberStateController {

    private static final SortProperties SORT = SortProperties.defaultingTo("iso2")
        .property("iso2", "iso2")
        .property("iso3", "iso3")
        .property("isoNumeric", "isoNumeric")
        .property("name", "nameEn")
        .build();

    private final MemberStateService states;

    private final JsonMergePatch mergePatch;

    MemberStateController(MemberStateService states, JsonMergePatch mergePatch) {
        this.states = states;
        this.mergePatch = mergePatch;
    }

    @GetMapping
    @Operation(operationId = "listStates",
            summary = "List the states the registry knows, or those a COW state number stood for",
            description = "With cowCode: the states that Correlates of War state number stood for on asOf (ever, "
                    + "without asOf), from the registry's crosswalk built from the COW State System Membership List "
                    + "v2016 (365 is the Soviet Union on 1990-01-01 and Russia from 1991-12-26). asOf needs cowCode. "
                    + "Sort properties: iso2, iso3, isoNumeric, name (English).")
    PagedModel<MemberStateResponse> list(@ParameterObject @Valid PageParameters paging,
            @Parameter(description = "A Correlates of War state number (ccode)",
                    example = "365") @RequestParam(required = false) @Nullable Integer cowCode,
            @Parameter(description = "The day the COW number stood for the state (YYYY-MM-DD); needs cowCode",
                    example = "1990-01-01") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
            @Parameter(hidden = true) Locale locale) {
        if (asOf != null && cowCode == null) {
            throw new InvalidParameterException("asOf",
                    "asOf says when a cowCode stood for a state; give cowCode too.");
        }
        return new PagedModel<>(states.list(SORT.pageable(paging), Language.of(locale), cowCode, asOf));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "registerState", summary = "Register a state the registry does not know yet",
            description = "Its ISO codes must be new (409 state-code-taken).")
    ResponseEntity<MemberStateResponse> register(@Valid @RequestBody RegisterMemberStateRequest request) {
        Versioned<MemberStateResponse> created = states.register(request);
        return EntityTag.created("/api/v1/states/{code}", created.body().iso2(), created.body(), created.version());
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getState", summary = "Get a state by its ISO 3166-1 alpha-2 or alpha-3 code, in any case",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this code.")
    ResponseEntity<MemberStateResponse> get(@Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
            example = "arm") @PathVariable String code, @Parameter(hidden = true) Locale locale) {
        Versioned<MemberStateResponse> state = states.getVersioned(code, Language.of(locale));
        return EntityTag.ok(state.body(), state.version());
    }

    @PutMapping("/{code}")
    @Operation(operationId = "replaceState",
            summary = "Correct a state's names and history (replace all its correctable fields)",
            description = "Send every correctable field, with the record's ETag as `If-Match`; the answer carries the new ETag. Cite at least one source (`sources` and/or `newSources`).")
    ResponseEntity<MemberStateResponse> replace(
            @Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
                    example = "rs") @PathVariable String code,
            IfMatch ifMatch, @Valid @RequestBody UpdateMemberStateRequest request) {
        ExpectedVersion version = ifMatch.expected();
        Versioned<MemberStateResponse> updated = states.update(code, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/{code}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchState", summary = "Correct some fields of a state (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the record as its PUT takes it: fields left out stay as they are, `null` clears a field. Needs the record's ETag as `If-Match`; the merged record is checked like a PUT.")
    ResponseEntity<MemberStateResponse> patch(
            @Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
                    example = "rs") @PathVariable String code,
            IfMatch ifMatch, @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        UpdateMemberStateRequest merged = mergePatch.apply(states.editable(code), JsonMergePatch.body(patch),
                UpdateMemberStateRequest.class);
        Versioned<MemberStateResponse> updated = states.update(code, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteState", summary = "Delete a state registered in error",
            description = "Only a state no record refers to (409 state-in-use).")
    ResponseEntity<Void> delete(@Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
            example = "rs") @PathVariable String code, IfMatch ifMatch) {
        states.delete(code, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
