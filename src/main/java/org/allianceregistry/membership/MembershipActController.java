package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Withdrawals", description = "Withdrawals, non-renewals, suspensions and frozen participations")
@RequestMapping("/api/v1")
class MembershipActController {

    private static final SortProperties SORT = SortProperties.defaultingTo("effectiveDate")
        .property("effectiveDate", "effectiveDate.date")
        .property("noticeDate", "noticeDate.date")
        .property("kind", "kind")
        .property("name", "membership.memberState.nameEn")
        .build();

    private final MembershipActService withdrawals;

    private final JsonMergePatch mergePatch;

    MembershipActController(MembershipActService withdrawals, JsonMergePatch mergePatch) {
        this.withdrawals = withdrawals;
        this.mergePatch = mergePatch;
    }

    @GetMapping("/alliances/{code}/withdrawals")
    @Operation(operationId = "listWithdrawals",
            summary = "List the acts that ended or restricted memberships of the alliance",
            description = "WITHDRAWAL and NON_RENEWAL end a membership on their effective date (the first day no "
                    + "longer a member: 1999-04-21 for the 1999 non-renewals); SUSPENSION, PARTICIPATION_FROZEN and "
                    + "FINANCING_REFUSED do not. Sort properties: effectiveDate, noticeDate, kind, name (English).")
    PagedModel<WithdrawalResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only these kinds (repeat the parameter or separate with commas)",
                    example = "NON_RENEWAL") @RequestParam(
                            required = false) @Nullable List<@NotNull MembershipActKind> kind,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        EnumSet<MembershipActKind> kinds = kind == null || kind.isEmpty() ? EnumSet.noneOf(MembershipActKind.class)
                : EnumSet.copyOf(kind);
        return new PagedModel<>(withdrawals.list(code, kinds, SORT.pageable(paging), Language.of(locale)));
    }

    @PostMapping("/alliances/{code}/withdrawals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordWithdrawal",
            summary = "Record a withdrawal, non-renewal, suspension, frozen participation or refusal to finance",
            description = "Needs a membership period of the state in force on effectiveDate (409 membership-not-in-force). "
                    + "WITHDRAWAL and NON_RENEWAL end that period on effectiveDate; SUSPENSION makes the member SUSPENDED and "
                    + "PARTICIPATION_FROZEN and FINANCING_REFUSED report participationFrozenSince and financingRefusedSince, "
                    + "from effectiveDate until liftedOn. Dates known only to the month or year, or within bounds, go in "
                    + "noticeEdtf, effectiveEdtf and liftedEdtf; verification is required.")
    ResponseEntity<WithdrawalResponse> record(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody RecordWithdrawalRequest request) {
        Versioned<WithdrawalResponse> created = withdrawals.record(code, request);
        return EntityTag.created("/api/v1/withdrawals/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/withdrawals/{id}")
    @Operation(operationId = "getWithdrawal",
            summary = "Get one withdrawal, suspension or freeze, with its ETag for a later correction",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this id.")
    ResponseEntity<WithdrawalResponse> get(
            @Parameter(description = "The act's id", example = "3") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<WithdrawalResponse> act = withdrawals.get(id, Language.of(locale));
        return EntityTag.ok(act.body(), act.version());
    }

    @PutMapping("/withdrawals/{id}")
    @Operation(operationId = "replaceWithdrawal",
            summary = "Correct a withdrawal, suspension or freeze (replace all its correctable fields)",
            description = "Moving an ending act's effectiveDate moves the end of its period.")
    ResponseEntity<WithdrawalResponse> replace(
            @Parameter(description = "The act's id", example = "3") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody UpdateWithdrawalRequest request) {
        ExpectedVersion version = ifMatch.expected();
        Versioned<WithdrawalResponse> updated = withdrawals.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/withdrawals/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchWithdrawal",
            summary = "Correct some fields of an act, e.g. lift a suspension (JSON Merge Patch)",
            description = "{\"liftedOn\": \"2028-01-01\"} lifts a suspension or freeze from that day; {\"liftedOn\": null} undoes it.")
    ResponseEntity<WithdrawalResponse> patch(
            @Parameter(description = "The act's id", example = "3") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        UpdateWithdrawalRequest merged = mergePatch.apply(withdrawals.editable(id), JsonMergePatch.body(patch),
                UpdateWithdrawalRequest.class);
        Versioned<WithdrawalResponse> updated = withdrawals.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/withdrawals/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWithdrawal", summary = "Delete an act recorded in error",
            description = "A period the act ended is open again.")
    ResponseEntity<Void> delete(@Parameter(description = "The act's id", example = "3") @PathVariable long id,
            IfMatch ifMatch) {
        withdrawals.delete(id, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
