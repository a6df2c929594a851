package org.allianceregistry.treaty;

import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Treaties and protocols",
        description = "The treaty, charter, protocols and other documents behind an alliance")
@RequestMapping("/api/v1")
class TreatyProtocolController {

    private static final SortProperties SORT = SortProperties.defaultingTo("signedOn")
        .property("signedOn", "signedOn")
        .property("inForceOn", "inForceOn")
        .property("kind", "kind")
        .property("title", "titleEn")
        .build();

    private final TreatyProtocolService protocols;

    TreatyProtocolController(TreatyProtocolService protocols) {
        this.protocols = protocols;
    }

    @GetMapping("/alliances/{code}/protocols")
    @Operation(summary = "List the alliance's treaty, charter, protocols and other documents",
            description = "Each with signatories (signature and ratification dates where known), key provisions and sources. "
                    + "Sort properties: signedOn, inForceOn, kind, title (English).")
    PagedModel<TreatyProtocolResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only these kinds (repeat the parameter or separate with commas)",
                    example = "PROTOCOL") @RequestParam(required = false) @Nullable List<@NotNull ProtocolKind> kind,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        EnumSet<ProtocolKind> kinds = kind == null || kind.isEmpty() ? EnumSet.noneOf(ProtocolKind.class)
                : EnumSet.copyOf(kind);
        return new PagedModel<>(protocols.list(code, kinds, SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/protocols/{id}")
    @Operation(summary = "Get one document with its signatories, key provisions and sources")
    ResponseEntity<TreatyProtocolResponse> get(
            @Parameter(description = "The document's id, as listed under /alliances/{code}/protocols",
                    example = "1") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<TreatyProtocolResponse> protocol = protocols.getVersioned(id, Language.of(locale));
        return EntityTag.ok(protocol.body(), protocol.version());
    }

}
