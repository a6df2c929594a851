package org.allianceregistry.source;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@Tag(name = "Sources", description = "The public sources the registry's records cite")
@RequestMapping("/api/v1/sources")
class SourceController {

    private static final SortProperties SORT = SortProperties.defaultingTo("code")
        .property("code", "code")
        .property("title", "title")
        .property("publisher", "publisher")
        .build();

    private final SourceService sources;

    SourceController(SourceService sources) {
        this.sources = sources;
    }

    @GetMapping
    @Operation(summary = "List all sources", description = "Sort properties: code, title, publisher.")
    PagedModel<SourceResponse> list(@ParameterObject @Valid PageParameters paging) {
        return new PagedModel<>(sources.list(SORT.pageable(paging)));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Get one source by its code")
    ResponseEntity<SourceResponse> get(
            @Parameter(description = "The source's code, e.g. R12", example = "R12") @PathVariable String code) {
        Versioned<SourceResponse> source = sources.getVersioned(code);
        return EntityTag.ok(source.body(), source.version());
    }

}
