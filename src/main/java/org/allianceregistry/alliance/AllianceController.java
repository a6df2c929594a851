package org.allianceregistry.alliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
import org.allianceregistry.web.JsonMergePatch;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Alliances", description = "The alliances the registry holds")
@RequestMapping("/api/v1/alliances")
class AllianceController {

    private static final SortProperties SORT = SortProperties.defaultingTo("code")
        .property("code", "code")
        .property("treatySignedOn", "treatySignedOn")
        .property("name", "nameEn")
        .build();

    private final AllianceService alliances;

    private final JsonMergePatch mergePatch;

    AllianceController(AllianceService alliances, JsonMergePatch mergePatch) {
        this.alliances = alliances;
        this.mergePatch = mergePatch;
    }

    @GetMapping
    @Operation(operationId = "listAlliances", summary = "List the alliances",
            description = "Sort properties: code, treatySignedOn, name (English).")
    PagedModel<AllianceSummaryResponse> list(@ParameterObject @Valid PageParameters paging,
            @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(alliances.list(SORT.pageable(paging), Language.of(locale)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAlliance", summary = "Record a new alliance",
            description = "The code must be new (409 alliance-code-taken).")
    ResponseEntity<AllianceResponse> create(@Valid @RequestBody CreateAllianceRequest request) {
        Versioned<AllianceResponse> created = alliances.create(request);
        return EntityTag.created("/api/v1/alliances/{code}", created.body().code(), created.body(), created.version());
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getAlliance",
            summary = "Get an alliance: names, founding treaty, dates, seat, goals, principles and sources",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this code.")
    ResponseEntity<AllianceResponse> get(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(hidden = true) Locale locale) {
        Versioned<AllianceResponse> alliance = alliances.getVersioned(code, Language.of(locale));
        return EntityTag.ok(alliance.body(), alliance.version());
    }

    @PutMapping("/{code}")
    @Operation(operationId = "replaceAlliance", summary = "Correct an alliance (replace all its correctable fields)",
            description = "Send every correctable field, with the record's ETag as `If-Match`; the answer carries the new ETag. Cite at least one source (`sources` and/or `newSources`).")
    ResponseEntity<AllianceResponse> replace(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            IfMatch ifMatch, @Valid @RequestBody UpdateAllianceRequest request) {
        ExpectedVersion version = ifMatch.expected();
        Versioned<AllianceResponse> updated = alliances.update(code, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/{code}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchAlliance", summary = "Correct some fields of an alliance (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the record as its PUT takes it: fields left out stay as they are, `null` clears a field. Needs the record's ETag as `If-Match`; the merged record is checked like a PUT.")
    ResponseEntity<AllianceResponse> patch(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            IfMatch ifMatch, @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        UpdateAllianceRequest merged = mergePatch.apply(alliances.editable(code), JsonMergePatch.body(patch),
                UpdateAllianceRequest.class);
        Versioned<AllianceResponse> updated = alliances.update(code, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteAlliance", summary = "Delete an alliance recorded in error",
            description = "Only an alliance with no records left (409 alliance-in-use).")
    ResponseEntity<Void> delete(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            IfMatch ifMatch) {
        alliances.delete(code, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
