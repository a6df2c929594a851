package org.allianceregistry.alliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alliances", description = "The alliances the registry holds")
@RequestMapping("/api/v1/alliances")
class AllianceController {

    private static final SortProperties SORT = SortProperties.defaultingTo("code")
        .property("code", "code")
        .property("treatySignedOn", "treatySignedOn")
        .property("name", "nameEn")
        .build();

    private final AllianceService alliances;

    AllianceController(AllianceService alliances) {
        this.alliances = alliances;
    }

    @GetMapping
    @Operation(summary = "List the alliances", description = "Sort properties: code, treatySignedOn, name (English).")
    PagedModel<AllianceSummaryResponse> list(@ParameterObject @Valid PageParameters paging,
            @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(alliances.list(SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Get an alliance: names, founding treaty, dates, seat, goals, principles and sources")
    ResponseEntity<AllianceResponse> get(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(hidden = true) Locale locale) {
        Versioned<AllianceResponse> alliance = alliances.getVersioned(code, Language.of(locale));
        return EntityTag.ok(alliance.body(), alliance.version());
    }

}
