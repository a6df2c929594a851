package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
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
@Tag(name = "Memberships", description = "Who belonged to an alliance, when, and in what standing")
@RequestMapping("/api/v1")
class MembershipController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    static final SortProperties MEMBER_SORT = SortProperties.defaultingTo("name")
        .property("name", "memberState.nameEn")
        .property("iso2", "memberState.iso2")
        .property("iso3", "memberState.iso3")
        .property("memberSince", "startDate.date")
        .build();

    static final SortProperties PERIOD_SORT = SortProperties.defaultingTo("startDate")
        .property("startDate", "startDate.date")
        .property("endDate", "endDate.date")
        .property("name", "memberState.nameEn")
        .property("iso3", "memberState.iso3")
        .build();

    private final MembershipService memberships;

    private final JsonMergePatch mergePatch;

    private final Clock clock;

    MembershipController(MembershipService memberships, JsonMergePatch mergePatch, Clock clock) {
        this.memberships = memberships;
        this.mergePatch = mergePatch;
        this.clock = clock;
    }

    @GetMapping("/alliances/{code}/members")
    @Operation(operationId = "listMembersOnDate",
            summary = "List the alliance's members on a day, with each member's standing that day",
            description = "States whose membership period covers the day (startDate <= asOf < endDate: start inclusive, "
                    + "end exclusive; the parties through 20 Apr 1999 have endDate 1999-04-21, so asOf=1999-04-20 lists "
                    + "them and asOf=1999-04-21 does not), with status SIGNATORY, ACTIVE or SUSPENDED, any frozen "
                    + "participation or refusal to finance, and the status intervals in force that day. A period whose "
                    + "start or end is known only to the month, the year or within bounds is listed when it may cover "
                    + "the day, with match POSSIBLE (CERTAIN otherwise). Sort properties: name (English), iso2, iso3, memberSince.")
    PagedModel<MemberOnDateResponse> members(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "The day (YYYY-MM-DD); today (UTC) when omitted",
                    example = "2025-01-01") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return new PagedModel<>(memberships.membersOn(code, day, MEMBER_SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/alliances/{code}/memberships")
    @Operation(operationId = "listMemberships",
            summary = "List the alliance's whole membership history, period by period",
            description = "Each period has a start (inclusive), an exclusive end, how it began and ended, its time as "
                    + "the sources know it (precision, bounds, EDTF, end status OPEN, ENDED or ENDED_ON_UNCERTAIN_DAY), "
                    + "its verification, the acts recorded on it and its status intervals (suspended, participation "
                    + "frozen, financing refused), each with its own time and sources: an open period is not necessarily "
                    + "one in good standing. Sort properties: startDate, endDate, name (English), iso3.")
    PagedModel<MembershipResponse> history(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only this state's periods: ISO 3166-1 alpha-2 or alpha-3 code, any case",
                    example = "UZ") @RequestParam(required = false) @Nullable String state,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(memberships.history(code, state, PERIOD_SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/states/{code}/memberships")
    @Operation(operationId = "listMembershipsOfState", summary = "List a state's membership periods in every alliance",
            description = "Sort properties: startDate, endDate, name (English), iso3.")
    PagedModel<MembershipResponse> historyOfState(
            @Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
                    example = "uzb") @PathVariable String code,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(memberships.historyOfState(code, PERIOD_SORT.pageable(paging), Language.of(locale)));
    }

    @PostMapping("/alliances/{code}/memberships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "admitMember", summary = "Admit a state: record a new membership period",
            description = "The period may not overlap, or possibly overlap, another period of the same state in the "
                    + "alliance (409 membership-overlap). Give each date as the day or, where the sources know only the "
                    + "month, the year or bounds, as EDTF (startEdtf, endEdtf: 2008, 2008-07, 2008-07-21/2008-09-05); "
                    + "state the verification. A malformed or disagreeing date is a 400 naming the field. "
                    + "Answers 201 with the period, its Location and its ETag.")
    ResponseEntity<MembershipResponse> admit(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody AdmitMemberRequest request) {
        Versioned<MembershipResponse> created = memberships.admit(code, request);
        return EntityTag.created("/api/v1/memberships/{id}", created.body().id(), created.body(), created.version());
    }

    @GetMapping("/memberships/{id}")
    @Operation(operationId = "getMembership",
            summary = "Get one membership period, with its ETag for a later correction",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this id.")
    ResponseEntity<MembershipResponse> get(
            @Parameter(description = "The period's id", example = "12") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<MembershipResponse> membership = memberships.get(id, Language.of(locale));
        return EntityTag.ok(membership.body(), membership.version());
    }

    @PutMapping("/memberships/{id}")
    @Operation(operationId = "replaceMembership",
            summary = "Correct a membership period (replace all its correctable fields)",
            description = "An end set by a withdrawal or non-renewal moves only with that act (409 end-set-by-withdrawal).")
    ResponseEntity<MembershipResponse> replace(
            @Parameter(description = "The period's id", example = "12") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody UpdateMembershipRequest request) {
        ExpectedVersion version = ifMatch.expected();
        Versioned<MembershipResponse> updated = memberships.update(id, version, request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/memberships/{id}", consumes = { MERGE_PATCH, "application/json" })
    @Operation(operationId = "patchMembership",
            summary = "Correct some fields of a membership period (JSON Merge Patch)",
            description = "Give only the fields to change; null clears a field; sources is replaced whole.")
    ResponseEntity<MembershipResponse> patch(
            @Parameter(description = "The period's id", example = "12") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    description = "The fields to change",
                    content = @io.swagger.v3.oas.annotations.media.Content(
                            schema = @io.swagger.v3.oas.annotations.media.Schema(
                                    implementation = UpdateMembershipRequest.class,
                                    example = "{\"note\": \"Instrument deposited in Moscow.\"}"))) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        UpdateMembershipRequest merged = mergePatch.apply(memberships.editable(id), JsonMergePatch.body(patch),
                UpdateMembershipRequest.class);
        Versioned<MembershipResponse> updated = memberships.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/memberships/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteMembership", summary = "Delete a membership period recorded in error",
            description = "Its withdrawals, suspensions and freezes must be deleted first (409 membership-has-acts).")
    ResponseEntity<Void> delete(@Parameter(description = "The period's id", example = "12") @PathVariable long id,
            IfMatch ifMatch) {
        memberships.delete(id, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
