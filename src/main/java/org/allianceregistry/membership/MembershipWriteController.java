package org.allianceregistry.membership;

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
@Tag(name = "Memberships")
@RequestMapping("/api/v1")
class MembershipWriteController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final MembershipWriteService memberships;

    private final JsonMergePatch mergePatch;

    MembershipWriteController(MembershipWriteService memberships, JsonMergePatch mergePatch) {
        this.memberships = memberships;
        this.mergePatch = mergePatch;
    }

    @PostMapping("/alliances/{code}/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admit a state: record a new membership period",
            description = "The period may not overlap another period of the same state in the alliance (409 membership-overlap). "
                    + "Answers 201 with the period, its Location and its ETag.")
    ResponseEntity<MembershipResponse> admit(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody AdmitMemberRequest request) {
        Versioned<MembershipResponse> created = memberships.admit(code, request);
        return EntityTag.created("/api/v1/memberships/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/memberships/{id}")
    @Operation(summary = "Get one membership period, with its ETag for a later correction")
    ResponseEntity<MembershipResponse> get(
            @Parameter(description = "The period's id", example = "12") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<MembershipResponse> membership = memberships.get(id, Language.of(locale));
        return EntityTag.ok(membership.body(), membership.version());
    }

    @PutMapping("/memberships/{id}")
    @Operation(summary = "Correct a membership period (replace all its correctable fields)",
            description = "An end set by a withdrawal or non-renewal moves only with that act (409 end-set-by-withdrawal).")
    ResponseEntity<MembershipResponse> replace(
            @Parameter(description = "The period's id", example = "12") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody UpdateMembershipRequest request) {
        long version = ifMatch.version();
        Versioned<MembershipResponse> updated = memberships.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/memberships/{id}", consumes = { MERGE_PATCH, "application/json" })
    @Operation(summary = "Correct some fields of a membership period (JSON Merge Patch)",
            description = "Give only the fields to change; null clears a field; sources is replaced whole.")
    ResponseEntity<MembershipResponse> patch(
            @Parameter(description = "The period's id", example = "12") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    description = "The fields to change",
                    content = @io.swagger.v3.oas.annotations.media.Content(
                            schema = @io.swagger.v3.oas.annotations.media.Schema(
                                    implementation = UpdateMembershipRequest.class,
                                    example = "{\"note\": \"Instrument deposited in Moscow.\"}"))) @Nullable JsonNode patch) {
        long version = ifMatch.version();
        UpdateMembershipRequest merged = mergePatch.apply(memberships.editable(id), JsonMergePatch.body(patch),
                UpdateMembershipRequest.class);
        Versioned<MembershipResponse> updated = memberships.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/memberships/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a membership period recorded in error",
            description = "Its withdrawals, suspensions and freezes must be deleted first (409 membership-has-acts).")
    ResponseEntity<Void> delete(@Parameter(description = "The period's id", example = "12") @PathVariable long id,
            IfMatch ifMatch) {
        memberships.delete(id, ifMatch.version());
        return ResponseEntity.noContent().build();
    }

}
