package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.IfMatch;
import org.allianceregistry.web.InvalidParameterException;
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
@Tag(name = "Treaties and protocols",
        description = "The treaty, charter, protocols and other documents behind an alliance")
@RequestMapping("/api/v1")
class TreatyProtocolController {

    private static final SortProperties SORT = SortProperties.defaultingTo("signedOn")
        .property("signedOn", "signed.date")
        .property("inForceOn", "inForce.date")
        .property("kind", "kind")
        .property("title", "titleEn")
        .build();

    private final TreatyProtocolService protocols;

    private final JsonMergePatch mergePatch;

    TreatyProtocolController(TreatyProtocolService protocols, JsonMergePatch mergePatch) {
        this.protocols = protocols;
        this.mergePatch = mergePatch;
    }

    @GetMapping("/alliances/{code}/protocols")
    @Operation(operationId = "listProtocols",
            summary = "List the alliance's treaty, charter, protocols and other documents",
            description = "Each with signatories (signature and ratification dates where known), key provisions and sources. "
                    + "Filter by kind, by signing range (`signedFrom`, `signedTo`, either may be left open) and by place: "
                    + "a document is listed when it MAY have been signed in the range (one known only to the month or "
                    + "year is listed for any range that meets that month or year), and says in `match` whether it "
                    + "certainly was (CERTAIN) or only possibly (POSSIBLE); `place` matches any part of the place of "
                    + "signature, in any case (`Moscow` finds \"Moscow, Russia\"). "
                    + "Sort properties: signedOn, inForceOn, kind, title (English).")
    PagedModel<TreatyProtocolResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only these kinds (repeat the parameter or separate with commas)",
                    example = "PROTOCOL") @RequestParam(required = false) @Nullable List<@NotNull ProtocolKind> kind,
            @Parameter(description = "Signed on or after this day (YYYY-MM-DD)", example = "2007-01-01") @RequestParam(
                    required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate signedFrom,
            @Parameter(description = "Signed on or before this day (YYYY-MM-DD)", example = "2007-12-31") @RequestParam(
                    required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate signedTo,
            @Parameter(description = "Signed at a place whose name contains this text, in any case",
                    example = "Dushanbe") @RequestParam(required = false) @Nullable @Size(max = 200) String place,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        if (signedFrom != null && signedTo != null && signedFrom.isAfter(signedTo)) {
            throw new InvalidParameterException("signedFrom",
                    "'signedFrom' (" + signedFrom + ") is after 'signedTo' (" + signedTo + ").");
        }
        if (place != null && place.isBlank()) {
            throw new InvalidParameterException("place", "'place' is blank: name part of the place, or leave it out.");
        }
        EnumSet<ProtocolKind> kinds = kind == null || kind.isEmpty() ? EnumSet.noneOf(ProtocolKind.class)
                : EnumSet.copyOf(kind);
        return new PagedModel<>(protocols.list(code, new ProtocolQuery(kinds, signedFrom, signedTo, place),
                SORT.pageable(paging), Language.of(locale)));
    }

    @GetMapping("/protocols/{id}")
    @Operation(operationId = "getProtocol",
            summary = "Get one document with its signatories, key provisions and sources",
            description = "Answers the record with an `ETag` (send it back as `If-Match` to correct or delete the record, or as `If-None-Match` for a 304). 404 when no record has this id.")
    ResponseEntity<TreatyProtocolResponse> get(
            @Parameter(description = "The document's id, as listed under /alliances/{code}/protocols",
                    example = "1") @PathVariable long id,
            @Parameter(hidden = true) Locale locale) {
        Versioned<TreatyProtocolResponse> protocol = protocols.getVersioned(id, Language.of(locale));
        return EntityTag.ok(protocol.body(), protocol.version());
    }

    @PostMapping("/alliances/{code}/protocols")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "recordProtocol",
            summary = "Record a treaty, protocol or other document with its signatories and key provisions",
            description = "The document, its signatories and key provisions in one write; 201 with `Location` and `ETag`. Cite at least one source and state the `verification` of the document, of each signatory and of each provision.")
    ResponseEntity<TreatyProtocolResponse> record(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Valid @RequestBody RecordProtocolRequest request) {
        Versioned<TreatyProtocolResponse> created = protocols.record(code, request);
        return EntityTag.created("/api/v1/protocols/{id}", created.body().id(), created.body(), created.version());
    }

    @PutMapping("/protocols/{id}")
    @Operation(operationId = "replaceProtocol",
            summary = "Correct a document (replace all its fields, signatories and provisions included)",
            description = "Send every correctable field, with the record's ETag as `If-Match`; the answer carries the new ETag. Cite at least one source (`sources` and/or `newSources`).")
    ResponseEntity<TreatyProtocolResponse> replace(
            @Parameter(description = "The document's id", example = "14") @PathVariable long id, IfMatch ifMatch,
            @Valid @RequestBody RecordProtocolRequest request) {
        Versioned<TreatyProtocolResponse> updated = protocols.update(id, ifMatch.expected(), request);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @PatchMapping(path = "/protocols/{id}", consumes = { "application/merge-patch+json", "application/json" })
    @Operation(operationId = "patchProtocol",
            summary = "Correct some fields of a document (JSON Merge Patch; signatories and provisions are replaced whole)",
            description = "A JSON Merge Patch (RFC 7396, `application/merge-patch+json`) of the record as its PUT takes it: fields left out stay as they are, `null` clears a field. Needs the record's ETag as `If-Match`; the merged record is checked like a PUT.")
    ResponseEntity<TreatyProtocolResponse> patch(
            @Parameter(description = "The document's id", example = "14") @PathVariable long id, IfMatch ifMatch,
            @RequestBody(required = false) @Nullable JsonNode patch) {
        ExpectedVersion version = ifMatch.expected();
        RecordProtocolRequest merged = mergePatch.apply(protocols.editable(id), JsonMergePatch.body(patch),
                RecordProtocolRequest.class);
        Versioned<TreatyProtocolResponse> updated = protocols.update(id, version, merged);
        return EntityTag.ok(updated.body(), updated.version());
    }

    @DeleteMapping("/protocols/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteProtocol",
            summary = "Delete a document recorded in error, with its signatories and provisions",
            description = "Needs the document's ETag as `If-Match`; its signatories and provisions go with it.")
    ResponseEntity<Void> delete(@Parameter(description = "The document's id", example = "14") @PathVariable long id,
            IfMatch ifMatch) {
        protocols.delete(id, ifMatch.expected());
        return ResponseEntity.noContent().build();
    }

}
