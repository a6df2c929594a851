package org.allianceregistry.membership;

import org.allianceregistry.shared.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Memberships", description = "Who belonged to an alliance, when, and in what standing")
@RequestMapping("/api/v1")
class MembershipController {

    static final SortProperties MEMBER_SORT = SortProperties.defaultingTo("name")
        .property("name", "memberState.nameEn")
        .property("iso2", "memberState.iso2")
        .property("iso3", "memberState.iso3")
        .property("memberSince", "startDate")
        .build();

    static final SortProperties PERIOD_SORT = SortProperties.defaultingTo("startDate")
        .property("startDate", "startDate")
        .property("endDate", "endDate")
        .property("name", "memberState.nameEn")
        .property("iso3", "memberState.iso3")
        .build();

    private final MembershipService memberships;

    private final Clock clock;

    MembershipController(MembershipService memberships, Clock clock) {
        this.memberships = memberships;
        this.clock = clock;
    }

    @GetMapping("/alliances/{code}/members")
    @Operation(summary = "List the alliance's members on a day, with each member's standing that day",
            description = "States whose membership period covers the day (startDate <= asOf < endDate), with status "
                    + "SIGNATORY, ACTIVE or SUSPENDED and any frozen participation. Sort properties: name (English), iso2, iso3, memberSince.")
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
    @Operation(summary = "List the alliance's whole membership history, period by period",
            description = "Each period has a start, an exclusive end, how it began and ended, and the acts recorded on it. "
                    + "Sort properties: startDate, endDate, name (English), iso3.")
    PagedModel<MembershipResponse> history(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only this state's periods: ISO 3166-1 alpha-2 or alpha-3 code, any case",
                    example = "UZ") @RequestParam(required = false) @Nullable String state,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(memberships.history(code, state, PERIOD_SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/states/{code}/memberships")
    @Operation(summary = "List a state's membership periods in every alliance",
            description = "Sort properties: startDate, endDate, name (English), iso3.")
    PagedModel<MembershipResponse> historyOfState(
            @Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
                    example = "uzb") @PathVariable String code,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(memberships.historyOfState(code, PERIOD_SORT.pageable(paging), Language.of(locale)));
    }

}
