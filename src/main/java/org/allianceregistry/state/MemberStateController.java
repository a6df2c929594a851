package org.allianceregistry.state;

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
@Tag(name = "States", description = "Every ISO 3166-1 state, and former states that belonged to an alliance")
@RequestMapping("/api/v1/states")
class MemberStateController {

    private static final SortProperties SORT = SortProperties.defaultingTo("iso2")
        .property("iso2", "iso2")
        .property("iso3", "iso3")
        .property("isoNumeric", "isoNumeric")
        .property("name", "nameEn")
        .build();

    private final MemberStateService states;

    MemberStateController(MemberStateService states) {
        this.states = states;
    }

    @GetMapping
    @Operation(summary = "List the states the registry knows",
            description = "Sort properties: iso2, iso3, isoNumeric, name (English).")
    PagedModel<MemberStateResponse> list(@ParameterObject @Valid PageParameters paging,
            @Parameter(hidden = true) Locale locale) {
        return new PagedModel<>(states.list(SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Get a state by its ISO 3166-1 alpha-2 or alpha-3 code, in any case")
    ResponseEntity<MemberStateResponse> get(@Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, any case",
            example = "arm") @PathVariable String code, @Parameter(hidden = true) Locale locale) {
        Versioned<MemberStateResponse> state = states.getVersioned(code, Language.of(locale));
        return EntityTag.ok(state.body(), state.version());
    }

}
