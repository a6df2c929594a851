package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MimeTypeUtils;

@RestController
@Tag(name = "Research datasets")
class ComparisonController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private static final MediaType CSV_CONTENT = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");

    private final ComparisonService comparisons;

    ComparisonController(ComparisonService comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/api/v1/alliances/{code}/comparison")
    @Operation(operationId = "compareAllianceWithDatasets",
            summary = "Compare an alliance's curated record with ATOP and COW, state by state",
            description = "For each state, the record's membership periods beside each imported dataset's rows for "
                    + "the alliance numbers linked to the alliance (CSTO: ATOP 4220, COW 350 and 349; NATO: ATOP 3180, "
                    + "COW 227; Warsaw Pact: ATOP 3285, COW 243), paired by overlap, and for every difference a reason "
                    + "code (listed with its meaning in the answer's reasons). A dataset not imported is listed with "
                    + "imported false and NOT_IMPORTED, never read as agreement. JSON (default) or CSV (`text/csv`, "
                    + "RFC 4180, a header row), chosen by `format` or by `Accept`; `format` wins.")
    @ApiResponse(responseCode = "200", description = "The comparison in the chosen format",
            content = {
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = AllianceComparison.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")) })
    ResponseEntity<?> compare(
            @Parameter(description = "The alliance's code", example = "csto") @PathVariable String code,
            @Parameter(description = "json or csv; wins over Accept", example = "csv",
                    schema = @Schema(allowableValues = { "json", "csv" })) @RequestParam(
                            required = false) @Nullable String format,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT,
                    required = false) @Nullable String accept)
            throws HttpMediaTypeNotAcceptableException {
        boolean csv = wantsCsv(format, accept);
        AllianceComparison comparison = comparisons.compare(code);
        if (csv) {
            return ResponseEntity.ok().contentType(CSV_CONTENT).body(ComparisonCsv.write(comparison));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(comparison);
    }

    private static boolean wantsCsv(@Nullable String format, @Nullable String accept)
            throws HttpMediaTypeNotAcceptableException {
        if (format != null) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default ->
                    throw new InvalidParameterException("format", "Unknown format '" + format + "'; use json or csv.");
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> acceptable;
        try {
            acceptable = new ArrayList<>(MediaType.parseMediaTypes(accept));
            MimeTypeUtils.sortBySpecificity(acceptable);
        }
        catch (IllegalArgumentException exception) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse 'Accept' header: " + exception.getMessage());
        }
        acceptable.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : acceptable) {
            if (type.getQualityValue() > 0) {
                if (type.includes(MediaType.APPLICATION_JSON)) {
                    return false;
                }
                if (type.includes(CSV)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, CSV));
    }

}
