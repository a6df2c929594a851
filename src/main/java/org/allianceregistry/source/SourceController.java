package org.allianceregistry.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.allianceregistry.shared.ExpectedVersion;
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
@Tag(name = "Sources", description = "The public sources the registry's records cite")
@RequestMapping("/api/v1/sources")
class SourceController {

    private static final SortProperties SORT = SortProperties.defaultingTo("code")
        .property("code", "code")
        .property("title", "title")
        .property("publisher", "publisher")
        .build();

    private final SourceService sources;

    private final JsonMergePatch mergePatch;

    SourceController(SourceService sources, JsonMergePatch mergePatch) {
        this.sources = sources;
        this.mergePatch = mergePatch;
    }

    @GetMapping
    @Operation(operationId = "listSources", summary = "List all sources",
            description = "Sort properties: code, title, publisher.")
    PagedModel<SourceResponse> list(@ParameterObject @Valid PageParameters paging) {
        return new PagedModel<>(sources.list(SORT.pageable(paging)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createSource", summary = "Record a source",
            description = "It needs a url or a document; a code is generated (ED<id>) when none is given.")
    ResponseEntity<SourceResponse> create(@Valid @RequestBody NewSourceRequest request) {
        Versioned<SourceResponse> created = sources.create(request);
        return EntityTag.created("/api/v1/sources/{code}", created.body().code(), created.body(), created.version());
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getSource", summary = "Get one source by its code",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this code.")
    ResponseEntity<SourceResponse> get(
            @Parameter(description = "The source's code, e.g. R12", example = "R12") @PathVariable String code) {
        Versioned<SourceResponse> source = sources.getVersioned(code);
        return EntityTag.ok(source.body(), source.version());
    }

    @PutMapping("/{code}")
    @Operation(operationId = "replaceSource",
            summary = "Correct a source (replace all its fields; a new code keeps its citations)",
            description = "Send every field, with the source's ETag as `If-Match`; the answer carries the new ETag.")
    ResponseEntity<SourceResponse> replace(
            @Parameter(description = "The source's code", example = "R12") @PathVariable String code, IfMatch ifMatch,
            @Valid @RequestBody NewSourceRequest request) {
        ExpectedVersion version = ifMatch.expected();
        Versioned<SourceResponse> updated = sources.update(code, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/{code}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchSource", summary = "Correct some fields of a source (JSON Merge Patch)",
            description = "A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the record as its PUT takes it: fields left out stay as they are, `null` clears a field. Needs the record's ETag as `If-Match`; the merged record is checked like a PUT.")
    ResponseEntity<SourceResponse> patch(
            @Parameter(description = "The source's code", example = "R12") @PathVariable String code, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        NewSourceRequest merged = mergePatch.apply(sources.editable(code), JsonMergePatch.body(patch),
                NewSourceRequest.class);
        Versioned<SourceResponse> updated = sources.update(code, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteSource", summary = "Delete a source no record cites",
            description = "409 source-in-use while any record cites it.")
    ResponseEntity<Void> delete(
            @Parameter(description = "The source's code", example = "R12") @PathVariable String code, IfMatch ifMatch) {
        sources.delete(code, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
