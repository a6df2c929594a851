package org.allianceregistry.secretarygeneral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Secretaries-General",
        description = "Who held the alliance's secretariat, acting holders included, and who held it on a day")
@RequestMapping("/api/v1")
class SecretaryGeneralController {

    /**
     * The service sorts in memory by these names; the paths are what SortProperties
     * checks.
     */
    private static final SortProperties SORT = SortProperties.defaultingTo("start")
        .property("start", "start")
        .property("name", "name")
        .build();

    private final SecretaryGeneralService secretariesGeneral;

    SecretaryGeneralController(SecretaryGeneralService secretariesGeneral) {
        this.secretariesGeneral = secretariesGeneral;
    }

    @GetMapping("/alliances/{code}/secretaries-general")
    @Operation(operationId = "listSecretariesGeneral",
            summary = "List the alliance's Secretaries-General, or who was Secretary-General on a day",
            description = "Every term as Secretary-General, acting holders included (`appointment` ACTING, no `number`), "
                    + "oldest first, each with `time` (start inclusive, end exclusive: the first day out of office; "
                    + "precision, bounds, EDTF, end status), `appointed`, sources and verification. With `asOf`, the "
                    + "terms whose holder was in office that day, each with `match` CERTAIN or POSSIBLE (where a date's "
                    + "bounds leave it open); a term in office counts up to its `scheduledEnd`. For the CSTO: Nikolai "
                    + "Bordyuzha (from 28 Apr 2003), Valery Semerikov (acting, 2017), Yuri Khachaturov (from 2 May 2017), "
                    + "Semerikov (acting, from 2 Nov 2018), Stanislav Zas (from 2020), Imangali Tasmagambetov (from 2023), "
                    + "Taalatbek Masadykov (from 2026); since a decision of 15 Sep 2015 the post rotates among the member "
                    + "states in Russian alphabetical order for three-year terms (`appointment` ROTATION). An alliance "
                    + "the registry holds no Secretaries-General of (NATO, the Warsaw Pact) answers a 404 problem "
                    + "`secretaries-general-not-recorded`, not an empty list, which would read as \"it had none\"; an "
                    + "`asOf` before the first term or after the last one's scheduled end answers an empty page. "
                    + "Sort properties: start, name.")
    @ApiResponse(responseCode = "200", description = "A page of terms",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SecretaryGeneralPage.class)))
    @ApiResponse(responseCode = "404",
            description = "No alliance has this code, or the registry records no Secretaries-General of it "
                    + "(secretaries-general-not-recorded: not a statement that it had none)",
            content = @Content(mediaType = "application/problem+json"))
    SecretaryGeneralPage list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Who held the post on this day (YYYY-MM-DD)",
                    example = "2018-01-01") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        return SecretaryGeneralPage.of(secretariesGeneral.list(code, asOf, SORT.pageable(paging), Language.of(locale)));
    }

}
