package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
import org.allianceregistry.web.JsonMergePatch;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "Treaties and protocols")
@RequestMapping("/api/v1")
class TreatyProtocolWriteController {

    private final TreatyProtocolWriteService protocols;

    private final JsonMergePatch mergePatch;

    TreatyProtocolWriteController(TreatyProtocolWriteService protocols, JsonMergePatch mergePatch) {
        this.protocols = protocols;
        this.mergePatch = mergePatch;
    }

    @PostMapping("/alliances/{code}/protocols")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a treaty, protocol or other document with its signatories and key provisions")
    ResponseEntity<TreatyProtocolResponse> record(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody RecordProtocolRequest request) {
        Versioned<TreatyProtocolResponse> created = protocols.record(code, request);
        return EntityTag.created("/api/v1/protocols/{id}", created.body().id(), created.body(), created.version());
    }

    @PutMapping("/protocols/{id}")
    @Operation(summary = "Correct a document (replace all its fields, signatories and provisions included)")
    ResponseEntity<TreatyProtocolResponse> replace(
            @Parameter(description = "The document's id", example = "14") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody RecordProtocolRequest request) {
        long version = ifMatch.version();
        Versioned<TreatyProtocolResponse> updated = protocols.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/protocols/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(
            summary = "Correct some fields of a document (JSON Merge Patch; signatories and provisions are replaced whole)")
    ResponseEntity<TreatyProtocolResponse> patch(
            @Parameter(description = "The document's id", example = "14") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        long version = ifMatch.version();
        RecordProtocolRequest merged = mergePatch.apply(protocols.editable(id), JsonMergePatch.body(patch),
                RecordProtocolRequest.class);
        Versioned<TreatyProtocolResponse> updated = protocols.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/protocols/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a document recorded in error, with its signatories and provisions")
    ResponseEntity<Void> delete(@Parameter(description = "The document's id", example = "14") @PathVariable long id,
            IfMatch ifMatch) {
        protocols.delete(id, ifMatch.version());
        return ResponseEntity.noContent().build();
    }

}
