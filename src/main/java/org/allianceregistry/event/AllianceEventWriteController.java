package org.allianceregistry.event;

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
@Tag(name = "Events")
@RequestMapping("/api/v1")
class AllianceEventWriteController {

    private final AllianceEventWriteService events;

    private final JsonMergePatch mergePatch;

    AllianceEventWriteController(AllianceEventWriteService events, JsonMergePatch mergePatch) {
        this.events = events;
        this.mergePatch = mergePatch;
    }

    @PostMapping("/alliances/{code}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an event: an operation, exercise, summit, decision, statement or force")
    ResponseEntity<AllianceEventResponse> record(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody RecordEventRequest request) {
        Versioned<AllianceEventResponse> created = events.record(code, request);
        return EntityTag.created("/api/v1/events/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "Get one event, with its ETag for a later correction")
    ResponseEntity<AllianceEventResponse> get(
            @Parameter(description = "The event's id", example = "31") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<AllianceEventResponse> event = events.get(id, Language.of(locale));
        return EntityTag.ok(event.body(), event.version());
    }

    @PutMapping("/events/{id}")
    @Operation(summary = "Correct an event (replace all its fields, participants included)")
    ResponseEntity<AllianceEventResponse> replace(
            @Parameter(description = "The event's id", example = "31") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody RecordEventRequest request) {
        long version = ifMatch.version();
        Versioned<AllianceEventResponse> updated = events.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/events/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(summary = "Correct some fields of an event (JSON Merge Patch)")
    ResponseEntity<AllianceEventResponse> patch(
            @Parameter(description = "The event's id", example = "31") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        long version = ifMatch.version();
        RecordEventRequest merged = mergePatch.apply(events.editable(id), JsonMergePatch.body(patch),
                RecordEventRequest.class);
        Versioned<AllianceEventResponse> updated = events.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/events/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an event recorded in error",
            description = "Not while it has stages (409 event-has-stages).")
    ResponseEntity<Void> delete(@Parameter(description = "The event's id", example = "31") @PathVariable long id,
            IfMatch ifMatch) {
        events.delete(id, ifMatch.version());
        return ResponseEntity.noContent().build();
    }

}
