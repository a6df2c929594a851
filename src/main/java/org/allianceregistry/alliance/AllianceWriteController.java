package org.allianceregistry.alliance;

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
@Tag(name = "Alliances")
@RequestMapping("/api/v1/alliances")
class AllianceWriteController {

    private final AllianceWriteService alliances;

    private final JsonMergePatch mergePatch;

    AllianceWriteController(AllianceWriteService alliances, JsonMergePatch mergePatch) {
        this.alliances = alliances;
        this.mergePatch = mergePatch;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a new alliance", description = "The code must be new (409 alliance-code-taken).")
    ResponseEntity<AllianceResponse> create(@Valid @RequestBody CreateAllianceRequest request) {
        Versioned<AllianceResponse> created = alliances.create(request);
        return EntityTag.created("/api/v1/alliances/{code}", created.body().code(), created.body(), created.version());
    }

    @PutMapping("/{code}")
    @Operation(summary = "Correct an alliance (replace all its correctable fields)")
    ResponseEntity<AllianceResponse> replace(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            IfMatch ifMatch, @Valid @RequestBody UpdateAllianceRequest request) {
        long version = ifMatch.version();
        Versioned<AllianceResponse> updated = alliances.update(code, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/{code}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(summary = "Correct some fields of an alliance (JSON Merge Patch)")
    ResponseEntity<AllianceResponse> patch(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            IfMatch ifMatch, @RequestBody(required = false) @Nullable JsonNode patch) {
        long version = ifMatch.version();
        UpdateAllianceRequest merged = mergePatch.apply(alliances.editable(code), JsonMergePatch.body(patch),
                UpdateAllianceRequest.class);
        Versioned<AllianceResponse> updated = alliances.update(code, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an alliance recorded in error",
            description = "Only an alliance with no records left (409 alliance-in-use).")
    ResponseEntity<Void> delete(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            IfMatch ifMatch) {
        alliances.delete(code, ifMatch.version());
        return ResponseEntity.noContent().build();
    }

}
