package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
import org.allianceregistry.web.JsonMergePatch;
import org.jspecify.annotations.Nullable;
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
@Tag(name = "Chairmanships")
@RequestMapping("/api/v1")
class ChairmanshipWriteController {

    private final ChairmanshipWriteService chairmanships;

    private final JsonMergePatch mergePatch;

    ChairmanshipWriteController(ChairmanshipWriteService chairmanships, JsonMergePatch mergePatch) {
        this.chairmanships = chairmanships;
        this.mergePatch = mergePatch;
    }

    @PostMapping("/alliances/{code}/chairmanships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a chairmanship term",
            description = "The chair must be an ACTIVE member (not SUSPENDED; a frozen participation is allowed) on startDate, "
                    + "and the term may not overlap another term of the alliance.")
    ResponseEntity<ChairmanshipResponse> assign(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody AssignChairRequest request) {
        Versioned<ChairmanshipResponse> created = chairmanships.assign(code, request);
        return EntityTag.created("/api/v1/chairmanships/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/chairmanships/{id}")
    @Operation(summary = "Get one chairmanship term, with its ETag for a later correction")
    ResponseEntity<ChairmanshipResponse> get(
            @Parameter(description = "The term's id", example = "21") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<ChairmanshipResponse> term = chairmanships.get(id, Language.of(locale));
        return EntityTag.ok(term.body(), term.version());
    }

    @PutMapping("/chairmanships/{id}")
    @Operation(summary = "Correct a chairmanship term (replace all its fields)")
    ResponseEntity<ChairmanshipResponse> replace(
            @Parameter(description = "The term's id", example = "21") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody AssignChairRequest request) {
        long version = ifMatch.version();
        Versioned<ChairmanshipResponse> updated = chairmanships.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/chairmanships/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(summary = "Correct some fields of a chairmanship term, e.g. record the hand-over (JSON Merge Patch)")
    ResponseEntity<ChairmanshipResponse> patch(
            @Parameter(description = "The term's id", example = "21") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        long version = ifMatch.version();
        AssignChairRequest merged = mergePatch.apply(chairmanships.editable(id), JsonMergePatch.body(patch),
                AssignChairRequest.class);
        Versioned<ChairmanshipResponse> updated = chairmanships.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/chairmanships/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a chairmanship term recorded in error")
    ResponseEntity<Void> delete(@Parameter(description = "The term's id", example = "21") @PathVariable long id,
            IfMatch ifMatch) {
        chairmanships.delete(id, ifMatch.version());
        return ResponseEntity.noContent().build();
    }

}
