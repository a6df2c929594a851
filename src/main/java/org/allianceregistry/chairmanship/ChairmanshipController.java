package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.web.InvalidParameterException;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Chairmanships", description = "Who chaired the alliance's council, from which hand-over to which")
@RequestMapping("/api/v1/alliances/{code}/chairmanships")
class ChairmanshipController {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2200;

    private static final SortProperties SORT = SortProperties.defaultingTo("chairYear")
            .property("chairYear", "chairYear").property("startDate", "startDate").property("name", "memberState.nameEn").build();

    private final ChairmanshipService chairmanships;

    ChairmanshipController(ChairmanshipService chairmanships) {
        this.chairmanships = chairmanships;
    }

    @GetMapping
    @Operation(summary = "List the alliance's recorded chairmanship terms",
            description = "Terms in chair-year order. startDate is the day the state took the chair; endDate is the "
                    + "hand-over day and is exclusive (it is the next term's startDate). An alliance without a rotating "
                    + "chair answers an empty list. Sort properties: chairYear, startDate, name (English).")
    PagedModel<ChairmanshipResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Earliest chair year, " + MIN_YEAR + " to " + MAX_YEAR, example = "2020")
            @RequestParam(required = false) @Min(MIN_YEAR) @Max(MAX_YEAR) @Nullable Integer from,
            @Parameter(description = "Latest chair year, " + MIN_YEAR + " to " + MAX_YEAR, example = "2026")
            @RequestParam(required = false) @Min(MIN_YEAR) @Max(MAX_YEAR) @Nullable Integer to,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        int fromYear = from != null ? from : MIN_YEAR;
        int toYear = to != null ? to : MAX_YEAR;
        if (fromYear > toYear) {
            throw new InvalidParameterException("from", "'from' (" + fromYear + ") is after 'to' (" + toYear + ").");
        }
        return new PagedModel<>(chairmanships.recorded(code, fromYear, toYear, SORT.pageable(paging), Language.of(locale)));
    }
}
